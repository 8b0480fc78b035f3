using Imp.Generators.Emit;

namespace Imp.Generators.Fallback;

/// <summary>
/// Writes the stand-ins of <see cref="EnumFallbackModel"/>: the generated types with their public members, each of
/// which throws. Valid code never runs them: they exist only while an IMP error stands, so that the compiler binds
/// the user's code (a <c>[JsonConverter(typeof(...))]</c>, a call to <c>AsStr</c>) and reports the IMP errors
/// instead of stopping on CS0246.
/// </summary>
internal static class EnumFallbackEmitter
{
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";
    private const string Json = "global::System.Text.Json";

    public static string Emit(EnumFallbackModel model)
    {
        var writer = new SourceWriter();
        Generated.WriteFileStart(writer, "WireEnum", model.EnumType ?? model.EnumName, model.Namespace);
        writer.Line("#pragma warning disable CS1591 // Stand-ins: documented once, on each type.");
        string access = model.IsPublic ? "public" : "internal";
        for (int i = 0; i < model.TypeNames.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            StandIn standIn = model.TypeNames[i];
            writer.Line("/// <summary>");
            writer.Line($"/// Stands in for the generated <c>{standIn.Name}</c> while an Imp error is reported on <c>{CSharpLiteral.XmlText(model.EnumName)}</c>; every member throws.");
            writer.Line("/// Fix the IMP error and the real type is generated.");
            writer.Line("/// </summary>");
            writer.Line(Generated.CodeAttribute);
            if (model.EnumType is { } type)
            {
                WriteSpecific(writer, access, standIn, type, model);
            }
            else
            {
                WriteNameOnly(writer, standIn);
            }
        }

        Generated.WriteFileEnd(writer, model.Namespace);
        return writer.ToString();
    }

    private static void WriteSpecific(SourceWriter writer, string access, StandIn standIn, string type, EnumFallbackModel model)
    {
        string fail = $"throw new global::System.InvalidOperationException({CSharpLiteral.String(Message(model, standIn))})";
        switch (standIn.Kind)
        {
            case StandInKind.Extensions:
                writer.Line($"{access} static partial class {standIn.Name}");
                writer.Open();
                writer.Line("public const int Count = 0;");
                writer.Line($"public static string AsStr(this {type} value) => {fail};");
                writer.Line($"public static {ImmutableArray}<{type}> GetValues() => {fail};");
                writer.Line($"public static {ImmutableArray}<string> GetNames() => {fail};");
                writer.Line($"public static {type} Parse(string value) => {fail};");
                writer.Line($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out {type} result) => {fail};");
                writer.Line($"public static bool TryParse(global::System.ReadOnlySpan<char> value, out {type} result) => {fail};");
                writer.Line($"public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, out {type} result) => {fail};");
                writer.Close();
                break;
            case StandInKind.Converter:
                writer.Line($"{access} sealed partial class {standIn.Name} : {Json}.Serialization.JsonConverter<{type}>");
                writer.Open();
                writer.Line($"public override {type} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => {fail};");
                writer.Line($"public override {type} ReadAsPropertyName(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => {fail};");
                writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options) => {fail};");
                writer.Line($"public override void WriteAsPropertyName({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options) => {fail};");
                writer.Close();
                break;
            case StandInKind.Transitions:
                writer.Line($"{access} static partial class {standIn.Name}");
                writer.Open();
                writer.Line($"public const {type} Initial = default;");
                writer.Line($"public static {ImmutableArray}<({type} From, {type} To)> All => {fail};");
                writer.Line($"public static bool CanTransition({type} from, {type} to) => {fail};");
                writer.Line($"public static {ImmutableArray}<{type}> AllowedNext({type} from) => {fail};");
                writer.Line($"public static bool IsTerminal({type} phase) => {fail};");
                writer.Line("public const string Mermaid = \"\";");
                writer.Line("public const string Dot = \"\";");
                writer.Close();
                break;
            default:
                writer.Line($"{access} sealed partial class {standIn.Name}");
                writer.Open();
                writer.Line($"public {standIn.Name}(global::System.Action<{type}, {type}>? onTransition = null) => {fail};");
                writer.Line($"public {standIn.Name}({type} start, global::System.Action<{type}, {type}>? onTransition = null) => {fail};");
                writer.Line($"public {type} Current => {fail};");
                writer.Line("public bool IsFinished => " + fail + ";");
                writer.Line($"public {ImmutableArray}<{type}> AllowedNext => {fail};");
                writer.Line($"public bool TryEnter({type} next) => {fail};");
                writer.Line($"public void Enter({type} next) => {fail};");
                writer.Close();
                break;
        }
    }

    // Top-level code cannot name the enum: the stand-in keeps only the name, enough for typeof(...) in an attribute.
    private static void WriteNameOnly(SourceWriter writer, StandIn standIn)
    {
        switch (standIn.Kind)
        {
            case StandInKind.Converter:
                writer.Line($"internal sealed partial class {standIn.Name} : {Json}.Serialization.JsonConverterFactory");
                writer.Open();
                writer.Line("public override bool CanConvert(global::System.Type typeToConvert) => false;");
                writer.Line($"public override {Json}.Serialization.JsonConverter? CreateConverter(global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => null;");
                writer.Close();
                break;
            case StandInKind.Extensions or StandInKind.Transitions:
                writer.Line($"internal static partial class {standIn.Name}");
                writer.Open();
                writer.Close();
                break;
            default:
                writer.Line($"internal sealed partial class {standIn.Name}");
                writer.Open();
                writer.Close();
                break;
        }
    }

    private static string Message(EnumFallbackModel model, StandIn standIn) =>
        $"{standIn.Name} was not generated because of an Imp error on {model.EnumName}; fix the IMP diagnostic reported at build time.";
}
