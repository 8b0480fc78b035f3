using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;
using static Imp.Generators.WireUnions.WireConverterEmitter;

namespace Imp.Generators.WireUnions;

/// <summary>Writes how one variant's fields are read: its object reader and each field's read expression.</summary>
internal static class WireVariantEmitter
{
    /// <summary>The converter's static field holding <c>new Variant()</c>, where missing fields are read from.</summary>
    public static string Defaults(WireVariantModel variant) => "s_default_" + variant.Name.TrimStart('@');

    public static void WriteReadBody(SourceWriter writer, WireUnionModel model, WireVariantModel variant, WireFieldNames names)
    {
        string variantType = $"{model.Type}.{variant.Name}";
        string where = $"Union, {CSharpLiteral.String(variant.WireName)}";
        bool internallyTagged = model.Representation == UnionRepresentation.InternallyTagged;
        writer.Line($"private static {variantType} Read{variant.Name.TrimStart('@')}(ref {Json}.Utf8JsonReader reader, {Json}.JsonSerializerOptions options)");
        writer.Open();
        if (!internallyTagged)
        {
            writer.Block($"if (reader.TokenType != {Json}.JsonTokenType.StartObject)", $"throw {Helpers}.VariantNotAnObject(ref reader, {where});");
            writer.Line();
        }

        foreach (WireFieldModel field in variant.Fields)
        {
            writer.Line($"{field.Type} {field.Local} = default{(field.IsReference && !field.IsNullable ? "!" : string.Empty)};");
            writer.Line($"bool {Seen(field)} = false;");
        }

        if (internallyTagged)
        {
            writer.Line("bool seenTag = false;");
        }

        writer.Line();
        writer.Line($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Open();
        for (int i = 0; i < variant.Fields.Count; i++)
        {
            WireFieldModel field = variant.Fields[i];
            string fieldWhere = $"{where}, {CSharpLiteral.String(field.WireName)}";
            writer.Line($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({CSharpLiteral.Utf8(field.WireName)}))");
            writer.Open();
            writer.Block($"if ({Seen(field)})", $"throw {Helpers}.DuplicateField({fieldWhere});");
            writer.Line();
            writer.Line("reader.Read();");
            writer.Line($"{field.Local} = {ReadExpression(variant, field, names)};");
            writer.Line($"{Seen(field)} = true;");
            writer.Close();
        }

        string @else = variant.Fields.Count > 0 ? "else " : string.Empty;
        if (internallyTagged)
        {
            writer.Line($"{@else}if (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Tag)}))");
            writer.Open();
            writer.Line("// FindVariant read the first tag; serde refuses a second as a duplicate field.");
            WireReadEmitter.WriteSkipTag(writer);
            writer.Close();
            @else = "else ";
        }

        if (@else.Length > 0)
        {
            writer.Line("else");
            writer.Open();
        }

        writer.Line("// Unknown fields are skipped, as serde does.");
        writer.Line("reader.Skip();");
        if (@else.Length > 0)
        {
            writer.Close();
        }

        writer.Close();
        writer.Line();
        foreach (WireFieldModel field in variant.Fields)
        {
            string? missing = field.Default
                ?? (variant.HasStructDefault ? $"{Defaults(variant)}.{field.Property}" : null);
            if (missing is null && field.IsNullable)
            {
                continue;
            }

            writer.Line($"if (!{Seen(field)})");
            writer.Open();
            writer.Line(missing is null
                ? $"throw {Helpers}.MissingField({where}, {CSharpLiteral.String(field.WireName)});"
                : $"{field.Local} = {missing};");
            writer.Close();
            writer.Line();
        }

        writer.Line($"return new {variantType}({string.Join(", ", variant.Fields.Select(f => f.Local))});");
        writer.Close();
    }

    /// <summary>The expression reading one field's value at the current token of the reader named <paramref name="reader"/>.</summary>
    public static string ReadExpression(WireVariantModel variant, WireFieldModel field, WireFieldNames names, string reader = "reader")
    {
        string where = $"Union, {CSharpLiteral.String(variant.WireName)}, {CSharpLiteral.String(field.WireName)}";
        string read = field.Kind switch
        {
            WireFieldKind.String => $"{Helpers}.ReadString(ref {reader}, {where})",
            WireFieldKind.Boolean => $"{Helpers}.ReadBoolean(ref {reader}, {where})",
            WireFieldKind.Int32 => $"{Helpers}.ReadInt32(ref {reader}, {where})",
            WireFieldKind.Int64 => $"{Helpers}.ReadInt64(ref {reader}, {where})",
            WireFieldKind.UInt32 => $"{Helpers}.ReadUInt32(ref {reader}, {where})",
            WireFieldKind.UInt64 => $"{Helpers}.ReadUInt64(ref {reader}, {where})",
            WireFieldKind.Double => $"{Helpers}.ReadDouble(ref {reader}, {where})",
            WireFieldKind.Converter => $"{Helpers}.ReadWith({names.Converter(field.Converter!)}, ref {reader}, options, {where})",
            _ => field.IsNullable || !field.IsReference
                ? $"{Helpers}.ReadValue<{field.Type}>(ref {reader}, options, {where})"
                : $"{Helpers}.ReadValue<{field.Type}>(ref {reader}, options, {where}) ?? throw {Helpers}.NullField({where})",
        };

        if (field.CheckItems)
        {
            read = $"{Helpers}.CheckItems({read}, {where})";
        }

        // The serializer path handles null itself; the others are told about it here.
        return field.IsNullable && field.Kind != WireFieldKind.Serializer
            ? $"{reader}.TokenType == {Json}.JsonTokenType.Null ? null : {read}"
            : read;
    }

    private static string Seen(WireFieldModel field) => "seen" + field.Local.Substring(1);
}
