using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.Fallback;

/// <summary>
/// Writes the stand-in part of <see cref="UnionFallbackModel"/>: <c>WireConverter</c>, <c>AsStr</c>,
/// <c>GetNames</c>, <c>Match</c> and <c>Switch</c>, each of which throws, so user code naming them binds while the
/// IMP errors on the union are reported.
/// </summary>
internal static class UnionFallbackEmitter
{
    public static string Emit(UnionFallbackModel model)
    {
        var writer = new SourceWriter();
        Generated.WriteFileStart(writer, "WireUnion", model.Type, model.Namespace);
        writer.Line("#pragma warning disable CS1591 // Stand-ins: documented once, on the type.");
        Generated.OpenContainers(writer, model.Containers);

        string fail = $"throw new global::System.InvalidOperationException({CSharpLiteral.String($"The code of {model.Name} was not generated because of an Imp error on it; fix the IMP diagnostic reported at build time.")})";
        writer.Line(model.Declaration);
        writer.Open();
        writer.Line("public string AsStr() => " + fail + ";");
        writer.Line("public static global::System.Collections.Immutable.ImmutableArray<string> GetNames() => " + fail + ";");
        if (model.Variants.Count > 0)
        {
            writer.Line($"public TResult Match<TResult>({Parameters(model, "global::System.Func<{0}, TResult>")}) => {fail};");
            writer.Line($"public void Switch({Parameters(model, "global::System.Action<{0}>")}) => {fail};");
        }

        writer.Line();
        writer.Line($"/// <summary>Stands in for the generated converter of <see cref=\"{model.Type}\"/> while an Imp error is reported on it; every member throws.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"public sealed class WireConverter : {Json}.Serialization.JsonConverter<{model.Type}>");
        writer.Open();
        writer.Line($"public override {model.Type}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => {fail};");
        writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {model.Type} value, {Json}.JsonSerializerOptions options) => {fail};");
        writer.Close();
        writer.Close();

        Generated.CloseContainers(writer, model.Containers);
        Generated.WriteFileEnd(writer, model.Namespace);
        return writer.ToString();
    }

    private static string Parameters(UnionFallbackModel model, string delegateType) =>
        string.Join(", ", model.Variants.Select(v => string.Format(System.Globalization.CultureInfo.InvariantCulture, delegateType, v) + " " + Parameter(v)));

    private static string Parameter(string variant)
    {
        string name = variant.TrimStart('@');
        return "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
