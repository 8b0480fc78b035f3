using System.Collections.Generic;
using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;
using static Imp.Generators.WireUnions.WireConverterEmitter;

namespace Imp.Generators.WireUnions;

/// <summary>
/// Writes an internally tagged union's reader for an object whose tag is not its first property, in one pass: each
/// known field's position is kept (a copy of the reader) while the tag is looked for, and the variant's fields are then
/// read from those positions. The object is walked once instead of once to find the tag and once more to read it.
/// </summary>
internal static class WireLateTagEmitter
{
    public static void WriteReadLateTag(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        List<string> fields = FieldNames(model);
        writer.Line("// The tag is not the first property: one pass keeps where each known field is while looking for it.");
        writer.Line($"private static {model.Type} ReadLateTag(ref {Json}.Utf8JsonReader reader, {Json}.JsonSerializerOptions options)");
        writer.Open();
        if (model.Variants.Any(v => v.IsNewtype))
        {
            writer.Line($"{Json}.Utf8JsonReader start = reader;");
        }

        for (int i = 0; i < fields.Count; i++)
        {
            writer.Line($"{Json}.Utf8JsonReader at{i} = default;");
            writer.Line($"int count{i} = 0;");
        }

        writer.Line("int variant = -1;");
        writer.Line($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Open();
        writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Tag)}))");
        writer.Open();
        writer.Line("if (variant >= 0)");
        writer.Open();
        writer.Line($"throw {Helpers}.DuplicateTag(Union, Tag);");
        writer.Close();
        writer.Line();
        writer.Line("reader.Read();");
        writer.Line("variant = VariantOf(ref reader);");
        writer.Close();
        for (int i = 0; i < fields.Count; i++)
        {
            writer.Line($"else if (reader.ValueTextEquals({CSharpLiteral.Utf8(fields[i])}))");
            writer.Open();
            writer.Line($"at{i} = reader;");
            writer.Line($"count{i}++;");
            writer.Line("reader.Skip();");
            writer.Close();
        }

        writer.Line("else");
        writer.Open();
        writer.Line("reader.Skip();");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("// serde reads the fields back from the buffered object, where a nested enum's tag may be an index.");
        writer.Line($"using ({Helpers}.EnterBufferedContent())");
        writer.Open();
        writer.Line("switch (variant)");
        writer.Open();
        for (int v = 0; v < model.Variants.Count; v++)
        {
            WireVariantModel variant = model.Variants[v];
            writer.Line($"case {v}:");
            writer.Open();
            if (variant.IsNewtype)
            {
                writer.Line("// The value's own reader reads the whole object; it skips the tag as an unknown field.");
                writer.Line($"{Json}.Utf8JsonReader value = start;");
                writer.Line($"return new {model.Type}.{variant.Name}({WireVariantEmitter.ReadExpression(variant, variant.Fields[0], names, "value")});");
            }
            else
            {
                WriteVariantFromPositions(writer, model, variant, fields, names);
            }

            writer.Close();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line($"throw {Helpers}.MissingTag(Union, Tag, s_wireNames);");
        writer.Outdent();
        writer.Close();
        writer.Close();
        writer.Close();
    }

    // Each field of the variant from its kept position: read there, refused when given twice, else missing.
    private static void WriteVariantFromPositions(SourceWriter writer, WireUnionModel model, WireVariantModel variant, List<string> fields, WireFieldNames names)
    {
        string where = $"Union, {CSharpLiteral.String(variant.WireName)}";
        foreach (WireFieldModel field in variant.Fields)
        {
            int i = fields.IndexOf(field.WireName);
            string? missing = field.Default
                ?? (variant.HasStructDefault ? $"{WireVariantEmitter.Defaults(variant)}.{field.Property}" : null);
            writer.Line($"{field.Type} {field.Local} = default{(field.IsReference && !field.IsNullable ? "!" : string.Empty)};");
            writer.Line($"if (count{i} > 1)");
            writer.Open();
            writer.Line($"throw {Helpers}.DuplicateField({where}, {CSharpLiteral.String(field.WireName)});");
            writer.Close();
            writer.Line($"else if (count{i} == 1)");
            writer.Open();
            writer.Line($"{Json}.Utf8JsonReader value = at{i};");
            writer.Line("value.Read();");
            writer.Line($"{field.Local} = {WireVariantEmitter.ReadExpression(variant, field, names, "value")};");
            writer.Close();
            if (missing is not null || !field.IsNullable)
            {
                writer.Line("else");
                writer.Open();
                writer.Line(missing is null
                    ? $"throw {Helpers}.MissingField({where}, {CSharpLiteral.String(field.WireName)});"
                    : $"{field.Local} = {missing};");
                writer.Close();
            }

            writer.Line();
        }

        writer.Line($"return new {model.Type}.{variant.Name}({string.Join(", ", variant.Fields.Select(f => f.Local))});");
    }

    // Every wire name a struct variant's field has, once, in the order first declared.
    private static List<string> FieldNames(WireUnionModel model)
    {
        var names = new List<string>();
        foreach (WireVariantModel variant in model.Variants)
        {
            if (variant.IsNewtype)
            {
                continue;
            }

            foreach (WireFieldModel field in variant.Fields)
            {
                if (!names.Contains(field.WireName))
                {
                    names.Add(field.WireName);
                }
            }
        }

        return names;
    }
}
