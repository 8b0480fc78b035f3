using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;
using static Imp.Generators.WireUnions.WireConverterEmitter;

namespace Imp.Generators.WireUnions;

/// <summary>Writes a converter's Write: each variant in the union's serde representation.</summary>
internal static class WireWriteEmitter
{
    public static void WriteWrite(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {model.Type} value, {Json}.JsonSerializerOptions options)");
        writer.Open();
        if (model.Variants.Count == 0)
        {
            writer.Line($"throw new {Json}.JsonException(value.GetType() + \" is not a variant of {model.Name}, which has none.\");");
            writer.Close();
            return;
        }

        if (model.Representation == UnionRepresentation.Untagged)
        {
            writer.Line("// HandleNull passes a null union here too; serde's None beside it would be null as well.");
            writer.Block("if (value is null)", "writer.WriteNullValue();", "return;");
            writer.Line();
        }

        writer.Line("switch (value)");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line(variant.IsUnit ? $"case {model.Type}.{variant.Name}:" : $"case {model.Type}.{variant.Name} variant:");
            writer.Indent();
            WriteVariant(writer, model, variant, names);
            writer.Line("break;");
            writer.Outdent();
        }

        writer.Case("default:", $"throw new {Json}.JsonException(value.GetType() + \" is not a variant of {model.Name}.\");");
        writer.Close();
        writer.Close();
    }

    private static void WriteVariant(SourceWriter writer, WireUnionModel model, WireVariantModel variant, WireFieldNames names)
    {
        string name = names.Discriminator(variant);
        switch (model.Representation)
        {
            case UnionRepresentation.ExternallyTagged when variant.IsUnit && !variant.IsNewtype:
                writer.Line($"writer.WriteStringValue({name});");
                return;
            case UnionRepresentation.ExternallyTagged:
                writer.Line("writer.WriteStartObject();");
                writer.Line($"writer.WritePropertyName({name});");
                WriteContent(writer, variant, names);
                writer.Line("writer.WriteEndObject();");
                return;
            case UnionRepresentation.AdjacentlyTagged:
                writer.Line("writer.WriteStartObject();");
                writer.Line($"writer.WriteString({names.Tag}, {name});");
                if (!variant.IsUnit || variant.IsNewtype)
                {
                    writer.Line($"writer.WritePropertyName({names.Content});");
                    WriteContent(writer, variant, names);
                }

                writer.Line("writer.WriteEndObject();");
                return;
            case UnionRepresentation.Untagged:
                if (variant.IsUnit && !variant.IsNewtype)
                {
                    writer.Line("writer.WriteNullValue();");
                    return;
                }

                WriteContent(writer, variant, names);
                return;
            default:
                if (variant.IsNewtype)
                {
                    writer.Line($"{Helpers}.WriteTaggedNewtype(writer, {names.Tag}, {name}, variant.{variant.Fields[0].Property}, options, Union);");
                    return;
                }

                writer.Line("writer.WriteStartObject();");
                writer.Line($"writer.WriteString({names.Tag}, {name});");
                WriteFields(writer, variant, names);
                writer.Line("writer.WriteEndObject();");
                return;
        }
    }

    // The value standing for the variant: a newtype's one value, or an object of fields.
    private static void WriteContent(SourceWriter writer, WireVariantModel variant, WireFieldNames names)
    {
        if (variant.IsNewtype)
        {
            WriteValue(writer, variant.Fields[0], "variant." + variant.Fields[0].Property, names);
            return;
        }

        writer.Line("writer.WriteStartObject();");
        WriteFields(writer, variant, names);
        writer.Line("writer.WriteEndObject();");
    }

    private static void WriteFields(SourceWriter writer, WireVariantModel variant, WireFieldNames names)
    {
        foreach (WireFieldModel field in variant.Fields)
        {
            string value = "variant." + field.Property;
            string? condition = field.SkipIfEmpty
                ? $"!{Helpers}.IsEmpty({value})"
                : field.SkipIfNull ? $"{value} is not null" : null;
            if (condition is not null)
            {
                writer.Line($"if ({condition})");
                writer.Open();
            }

            WriteField(writer, field, value, names);
            if (condition is not null)
            {
                writer.Close();
            }
        }
    }

    // Property and value in one call where Utf8JsonWriter has one: fewer calls on the hot path.
    private static void WriteField(SourceWriter writer, WireFieldModel field, string value, WireFieldNames names)
    {
        string name = names.Property(field.WireName);
        switch (field.Kind)
        {
            case WireFieldKind.String:
                writer.Line($"writer.WriteString({name}, {value});");
                return;
            case WireFieldKind.Converter:
            case WireFieldKind.Serializer:
                writer.Line($"writer.WritePropertyName({name});");
                WriteValue(writer, field, value, names);
                return;
            default:
                string method = field.Kind == WireFieldKind.Boolean ? "WriteBoolean" : "WriteNumber";
                WriteMaybeNull(writer, field, value, local => $"writer.{method}({name}, {local});", $"writer.WriteNull({name});");
                return;
        }
    }

    private static void WriteValue(SourceWriter writer, WireFieldModel field, string value, WireFieldNames names)
    {
        switch (field.Kind)
        {
            case WireFieldKind.String:
                writer.Line($"writer.WriteStringValue({value});");
                return;
            case WireFieldKind.Serializer:
                writer.Line($"{Helpers}.WriteValue(writer, {value}, options);");
                return;
            case WireFieldKind.Converter:
                WriteMaybeNull(writer, field, value, local => $"{names.Converter(field.Converter!)}.Write(writer, {local}, options);");
                return;
            default:
                string method = field.Kind == WireFieldKind.Boolean ? "WriteBooleanValue" : "WriteNumberValue";
                WriteMaybeNull(writer, field, value, local => $"writer.{method}({local});");
                return;
        }
    }

    // A nullable value is written when present and as null otherwise.
    private static void WriteMaybeNull(SourceWriter writer, WireFieldModel field, string value, System.Func<string, string> write, string writeNull = "writer.WriteNullValue();")
    {
        if (!field.IsNullable)
        {
            writer.Line(write(value));
            return;
        }

        writer.Block($"if ({value} is {{ }} {field.Local})", write(field.Local));
        writer.Block("else", writeNull);
    }
}
