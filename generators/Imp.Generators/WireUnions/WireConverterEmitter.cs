using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.WireUnions;

/// <summary>Writes a union's nested <c>WireConverter</c>: its static names, Read and Write for the union's serde representation.</summary>
internal static class WireConverterEmitter
{
    internal const string Helpers = "global::Imp.Json.WireUnionJson";

    public static void Write(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        writer.Line("/// <summary>");
        writer.Line($"/// Reads and writes <see cref=\"{model.Type}\"/> as serde's {Describe(model)}.");
        writer.Line("/// Unknown fields are skipped, as serde does; an unknown variant, a missing or repeated field or tag,");
        writer.Line("/// <c>null</c> where the field is not optional and a value of the wrong type are each a");
        writer.Line("/// <see cref=\"global::System.Text.Json.JsonException\"/> naming the union, the variant and the field.");
        writer.Line("/// </summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"public sealed class WireConverter : {Json}.Serialization.JsonConverter<{model.Type}>");
        writer.Open();
        writer.Line($"private const string Union = {CSharpLiteral.String(model.Name)};");
        writer.Line($"private const string Tag = {CSharpLiteral.String(model.Tag)};");
        writer.Line();
        writer.Line($"private static readonly {Json}.JsonEncodedText {names.Tag} = global::Imp.Json.WireEnumJson.Encode(Tag);");
        if (model.Content is { } content)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText {names.Content} = global::Imp.Json.WireEnumJson.Encode({CSharpLiteral.String(content)});");
        }

        foreach ((string field, string wireName) in names.Discriminators)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText {field} = global::Imp.Json.WireEnumJson.Encode({CSharpLiteral.String(wireName)});");
        }

        foreach ((string field, string wireName) in names.Properties)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText {field} = global::Imp.Json.WireEnumJson.Encode({CSharpLiteral.String(wireName)});");
        }

        foreach ((string field, string converter) in names.Converters)
        {
            writer.Line($"private static readonly {converter} {field} = new();");
        }

        foreach (WireVariantModel variant in model.Variants)
        {
            if (variant.HasStructDefault)
            {
                writer.Line($"private static readonly {model.Type}.{variant.Name} {WireVariantEmitter.Defaults(variant)} = new();");
            }
        }

        writer.Line();
        if (model.Representation == UnionRepresentation.Untagged && model.Variants.Any(v => v.IsUnit && !v.IsNewtype))
        {
            writer.Line("/// <summary>True: an untagged unit variant is written and read as <c>null</c>.</summary>");
            writer.Line("public override bool HandleNull => true;");
            writer.Line();
        }

        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {model.Type} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        writer.Open();
        WireReadEmitter.WriteRead(writer, model, names);
        writer.Close();
        writer.Line();
        WireWriteEmitter.WriteWrite(writer, model, names);
        WireReadEmitter.WriteHelpers(writer, model, names);
        writer.Close();
    }

    private static string Describe(WireUnionModel model) => model.Representation switch
    {
        UnionRepresentation.AdjacentlyTagged => $"adjacently tagged JSON, <c>{{{CSharpLiteral.XmlText(CSharpLiteral.String(model.Tag))}:...,{CSharpLiteral.XmlText(CSharpLiteral.String(model.Content ?? string.Empty))}:...}}</c>, in either order",
        UnionRepresentation.ExternallyTagged => "externally tagged JSON, <c>{\"variant\":...}</c>, a unit variant as its name",
        UnionRepresentation.Untagged => "untagged JSON: each variant is tried in declaration order",
        _ => $"internally tagged JSON: <c>{CSharpLiteral.XmlText(CSharpLiteral.String(model.Tag))}</c> first on write, anywhere on read",
    };
}
