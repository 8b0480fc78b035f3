using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.Fallback;

/// <summary>
/// Writes the stand-ins of <see cref="EnumFallbackModel"/>: the generated types with their public members, each of
/// which throws. Valid code never runs them: they exist only while an IMP error stands, so that the compiler binds
/// the user's code (a <c>[JsonConverter(typeof(...))]</c>, a call to <c>AsStr</c>) and reports the IMP errors
/// instead of stopping on CS0246.
/// </summary>
internal static class EnumFallbackEmitter
{
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
                writer.Block(
                    $"{access} static partial class {standIn.Name}",
                    "public const int Count = 0;",
                    $"public static string AsStr(this {type} value) => {fail};",
                    $"public static {ImmutableArray}<{type}> GetValues() => {fail};",
                    $"public static {ImmutableArray}<string> GetNames() => {fail};",
                    $"public static {type} Parse(string value) => {fail};",
                    $"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out {type} result) => {fail};",
                    $"public static bool TryParse(global::System.ReadOnlySpan<char> value, out {type} result) => {fail};",
                    $"public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, out {type} result) => {fail};");
                break;
            case StandInKind.Converter:
                writer.Block(
                    $"{access} sealed partial class {standIn.Name} : {Json}.Serialization.JsonConverter<{type}>",
                    $"public override {type} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => {fail};",
                    $"public override {type} ReadAsPropertyName(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => {fail};",
                    $"public override void Write({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options) => {fail};",
                    $"public override void WriteAsPropertyName({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options) => {fail};");
                break;
            case StandInKind.Transitions:
                writer.Block(
                    $"{access} static partial class {standIn.Name}",
                    $"public const {type} Initial = default;",
                    $"public static {ImmutableArray}<({type} From, {type} To)> All => {fail};",
                    $"public static bool CanTransition({type} from, {type} to) => {fail};",
                    $"public static {ImmutableArray}<{type}> AllowedNext({type} from) => {fail};",
                    $"public static bool IsTerminal({type} phase) => {fail};",
                    "public const string Mermaid = \"\";",
                    "public const string Dot = \"\";");
                break;
            default:
                writer.Block(
                    $"{access} sealed partial class {standIn.Name}",
                    $"public {standIn.Name}(global::System.Action<{type}, {type}>? onTransition = null) => {fail};",
                    $"public {standIn.Name}({type} start, global::System.Action<{type}, {type}>? onTransition = null) => {fail};",
                    $"public {type} Current => {fail};",
                    "public bool IsFinished => " + fail + ";",
                    $"public {ImmutableArray}<{type}> AllowedNext => {fail};",
                    $"public bool TryEnter({type} next) => {fail};",
                    $"public void Enter({type} next) => {fail};");
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
