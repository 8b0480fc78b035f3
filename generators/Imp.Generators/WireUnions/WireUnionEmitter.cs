using System.Collections.Generic;
using System.Linq;
using System.Text;
using Imp.Generators.Emit;

namespace Imp.Generators.WireUnions;

/// <summary>Writes the source of one [WireUnion]: the union's generated part, with its converter nested in it.</summary>
internal static class WireUnionEmitter
{
    private const string Json = "global::System.Text.Json";
    private const string Helpers = "global::Imp.Json.WireUnionJson";
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    public static string Emit(WireUnionModel model)
    {
        var writer = new SourceWriter();
        Generated.WriteFileStart(writer, "WireUnion", model.Type, model.Namespace);
        foreach (string container in model.Containers)
        {
            writer.Line(container);
            writer.Open();
        }

        var names = new FieldNames(model);
        WriteUnion(writer, model, names);

        foreach (string unused in model.Containers)
        {
            writer.Close();
        }

        Generated.WriteFileEnd(writer, model.Namespace);
        return writer.ToString();
    }

    private static void WriteUnion(SourceWriter writer, WireUnionModel model, FieldNames names)
    {
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({model.Type}.WireConverter))]");
        writer.Line(model.Declaration);
        writer.Open();
        string wireNames = string.Join(", ", model.Variants.Select(v => CSharpLiteral.String(v.WireName)));
        writer.Line(model.Variants.Count == 0
            ? $"private static readonly {ImmutableArray}<string> s_wireNames = {ImmutableArray}<string>.Empty;"
            : $"private static readonly {ImmutableArray}<string> s_wireNames = {ImmutableArray}.Create({wireNames});");
        writer.Line();

        if (model.AddPrivateConstructor)
        {
            writer.Line("// Only the variants nested here can call this, so no variant exists outside the union.");
            writer.Line($"private {model.Name}()");
            writer.Open();
            writer.Close();
            writer.Line();
        }

        writer.Line("/// <summary>The wire name of this variant: the value of its <c>\"type\"</c>.</summary>");
        writer.Line("public string AsStr() => this switch");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"{variant.Name} => {CSharpLiteral.String(variant.WireName)},");
        }

        writer.Line("_ => throw Unreachable(),");
        writer.Close(";");
        writer.Line();
        writer.Line("/// <summary>The wire names of the variants, in declaration order.</summary>");
        writer.Line($"public static {ImmutableArray}<string> GetNames() => s_wireNames;");
        writer.Line();
        WriteMatch(writer, model);
        writer.Line();
        WriteSwitch(writer, model);
        writer.Line();
        writer.Line("private global::System.InvalidOperationException Unreachable() =>");
        writer.Indent();
        writer.Line($"new(GetType() + \" is not a variant of {model.Name}.\");");
        writer.Outdent();
        writer.Line();
        WriteConverter(writer, model, names);
        writer.Close();
    }

    private static void WriteMatch(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("/// <summary>Calls the function for this variant and returns its result; every variant must be handled.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\">A function is null.</exception>");
        WriteSignature(writer, "public TResult Match<TResult>(", Parameters(model, "global::System.Func<{0}, TResult>"));
        writer.Open();
        WriteNullChecks(writer, model);
        writer.Line("return this switch");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"{variant.Name} variant => {variant.Parameter}(variant),");
        }

        writer.Line("_ => throw Unreachable(),");
        writer.Close(";");
        writer.Close();
    }

    private static void WriteSwitch(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("/// <summary>Calls the action for this variant; every variant must be handled.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\">An action is null.</exception>");
        WriteSignature(writer, "public void Switch(", Parameters(model, "global::System.Action<{0}>"));
        writer.Open();
        WriteNullChecks(writer, model);
        writer.Line("switch (this)");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"case {variant.Name} variant:");
            writer.Indent();
            writer.Line($"{variant.Parameter}(variant);");
            writer.Line("break;");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line("throw Unreachable();");
        writer.Outdent();
        writer.Close();
        writer.Close();
    }

    // One parameter a line: unions have several variants, and a single line would run far off the screen.
    private static string Parameters(WireUnionModel model, string delegateType) =>
        model.Variants.Count == 0
            ? string.Empty
            : "\n" + string.Join(",\n", model.Variants.Select(v => "    " + string.Format(System.Globalization.CultureInfo.InvariantCulture, delegateType, v.Name) + " " + v.Parameter));

    private static void WriteSignature(SourceWriter writer, string start, string parameters)
    {
        string[] lines = (start + parameters + ")").Split('\n');
        foreach (string line in lines)
        {
            writer.Line(line);
        }
    }

    private static void WriteNullChecks(SourceWriter writer, WireUnionModel model)
    {
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({variant.Parameter});");
        }

        if (model.Variants.Count > 0)
        {
            writer.Line();
        }
    }

    private static void WriteConverter(SourceWriter writer, WireUnionModel model, FieldNames names)
    {
        writer.Line("/// <summary>");
        writer.Line($"/// Reads and writes <see cref=\"{model.Type}\"/> as serde's internally tagged JSON: <c>\"type\"</c> first on write,");
        writer.Line("/// anywhere on read. Unknown fields are skipped, as serde does; a missing, unknown or non-string");
        writer.Line("/// <c>\"type\"</c>, a missing or repeated field, and a value of the wrong type are each a");
        writer.Line("/// <see cref=\"global::System.Text.Json.JsonException\"/> naming the union, the variant and the field.");
        writer.Line("/// </summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"public sealed class WireConverter : {Json}.Serialization.JsonConverter<{model.Type}>");
        writer.Open();
        writer.Line($"private const string Union = {CSharpLiteral.String(model.Name)};");

        // Every variant has a discriminator field; a union without variants has no fields at all.
        if (model.Variants.Count > 0)
        {
            writer.Line();
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

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {model.Type} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        writer.Open();
        writer.Line($"if (reader.TokenType != {Json}.JsonTokenType.StartObject)");
        writer.Open();
        writer.Line($"throw {Helpers}.NotAnObject(ref reader, Union, s_wireNames);");
        writer.Close();
        writer.Line();
        writer.Line("return FindVariant(reader) switch");
        writer.Open();
        for (int i = 0; i < model.Variants.Count; i++)
        {
            writer.Line($"{i} => Read{model.Variants[i].Name.TrimStart('@')}(ref reader, options),");
        }

        writer.Line($"_ => throw {Helpers}.MissingDiscriminator(Union, s_wireNames),");
        writer.Close(";");
        writer.Close();
        writer.Line();
        WriteWrite(writer, model, names);
        writer.Line();
        WriteFindVariant(writer, model);
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line();
            WriteReadVariant(writer, model, variant, names);
        }

        writer.Close();
    }

    private static void WriteWrite(SourceWriter writer, WireUnionModel model, FieldNames names)
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

        writer.Line("writer.WriteStartObject();");
        writer.Line("switch (value)");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line(variant.Fields.Count == 0 ? $"case {model.Type}.{variant.Name}:" : $"case {model.Type}.{variant.Name} variant:");
            writer.Indent();
            writer.Line($"writer.WriteString({Helpers}.TypeProperty, {names.Discriminator(variant)});");
            foreach (WireFieldModel field in variant.Fields)
            {
                WriteField(writer, field, names);
            }

            writer.Line("break;");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line($"throw new {Json}.JsonException(value.GetType() + \" is not a variant of {model.Name}.\");");
        writer.Outdent();
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private static void WriteField(SourceWriter writer, WireFieldModel field, FieldNames names)
    {
        string name = names.Property(field.WireName);
        string value = "variant." + field.Property;
        switch (field.Kind)
        {
            case WireFieldKind.String:
                writer.Line($"writer.WriteString({name}, {value});");
                return;
            case WireFieldKind.Converter:
                writer.Line($"writer.WritePropertyName({name});");
                WriteMaybeNull(writer, field, value, local => $"{names.Converter(field.Converter!)}.Write(writer, {local}, options);", property: null);
                return;
            case WireFieldKind.Serializer:
                writer.Line($"writer.WritePropertyName({name});");
                writer.Line($"{Helpers}.WriteValue(writer, {value}, options);");
                return;
            default:
                string method = field.Kind == WireFieldKind.Boolean ? "WriteBoolean" : "WriteNumber";
                WriteMaybeNull(writer, field, value, local => $"writer.{method}({name}, {local});", property: name);
                return;
        }
    }

    // A nullable value is written when present and as null otherwise; a property name, when given, goes with either.
    private static void WriteMaybeNull(SourceWriter writer, WireFieldModel field, string value, System.Func<string, string> write, string? property)
    {
        if (!field.IsNullable)
        {
            writer.Line(write(value));
            return;
        }

        writer.Line($"if ({value} is {{ }} {field.Local})");
        writer.Open();
        writer.Line(write(field.Local));
        writer.Close();
        writer.Line("else");
        writer.Open();
        writer.Line(property is null ? "writer.WriteNullValue();" : $"writer.WriteNull({property});");
        writer.Close();
    }

    private static void WriteFindVariant(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("// Works on a copy, so the caller's reader still stands at the object's start. The discriminator may come");
        writer.Line("// anywhere; when it comes first, as serde writes it, only that one property is looked at.");
        writer.Line($"private static int FindVariant({Json}.Utf8JsonReader reader)");
        writer.Open();
        writer.Line($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Open();
        writer.Line("if (!reader.ValueTextEquals(\"type\"u8))");
        writer.Open();
        writer.Line("reader.Skip();");
        writer.Line("continue;");
        writer.Close();
        writer.Line();
        writer.Line("reader.Read();");
        if (model.Variants.Count > 0)
        {
            writer.Line($"if (reader.TokenType == {Json}.JsonTokenType.String)");
            writer.Open();
            for (int i = 0; i < model.Variants.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Variants[i].WireName)}))");
                writer.Open();
                writer.Line($"return {i};");
                writer.Close();
            }

            writer.Close();
            writer.Line();
        }

        writer.Line($"throw {Helpers}.UnknownVariant(ref reader, Union, s_wireNames);");
        writer.Close();
        writer.Line();
        writer.Line("return -1;");
        writer.Close();
    }

    private static void WriteReadVariant(SourceWriter writer, WireUnionModel model, WireVariantModel variant, FieldNames names)
    {
        string variantType = $"{model.Type}.{variant.Name}";
        string where = $"Union, {CSharpLiteral.String(variant.WireName)}";
        writer.Line($"private static {variantType} Read{variant.Name.TrimStart('@')}(ref {Json}.Utf8JsonReader reader, {Json}.JsonSerializerOptions options)");
        writer.Open();
        foreach (WireFieldModel field in variant.Fields)
        {
            writer.Line($"{field.Type} {field.Local} = default{(field.IsReference && !field.IsNullable ? "!" : string.Empty)};");
            writer.Line($"bool {Seen(field)} = false;");
        }

        if (variant.Fields.Count > 0)
        {
            writer.Line();
        }

        writer.Line($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Open();
        for (int i = 0; i < variant.Fields.Count; i++)
        {
            WireFieldModel field = variant.Fields[i];
            string fieldWhere = $"{where}, {CSharpLiteral.String(field.WireName)}";
            writer.Line($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({CSharpLiteral.Utf8(field.WireName)}))");
            writer.Open();
            writer.Line($"if ({Seen(field)})");
            writer.Open();
            writer.Line($"throw {Helpers}.DuplicateField({fieldWhere});");
            writer.Close();
            writer.Line();
            writer.Line("reader.Read();");
            writer.Line($"{field.Local} = {ReadExpression(field, fieldWhere, names)};");
            writer.Line($"{Seen(field)} = true;");
            writer.Close();
        }

        if (variant.Fields.Count > 0)
        {
            writer.Line("else");
            writer.Open();
        }

        writer.Line("// \"type\" was read by FindVariant, and unknown fields are skipped, as serde does.");
        writer.Line("reader.Skip();");
        if (variant.Fields.Count > 0)
        {
            writer.Close();
        }

        writer.Close();
        writer.Line();
        foreach (WireFieldModel field in variant.Fields.Where(f => !f.IsNullable))
        {
            writer.Line($"if (!{Seen(field)})");
            writer.Open();
            writer.Line($"throw {Helpers}.MissingField({where}, {CSharpLiteral.String(field.WireName)});");
            writer.Close();
            writer.Line();
        }

        writer.Line($"return new {variantType}({string.Join(", ", variant.Fields.Select(f => f.Local))});");
        writer.Close();
    }

    private static string Seen(WireFieldModel field) => "seen" + field.Local.Substring(1);

    private static string ReadExpression(WireFieldModel field, string where, FieldNames names)
    {
        string read = field.Kind switch
        {
            WireFieldKind.String => $"{Helpers}.ReadString(ref reader, {where})",
            WireFieldKind.Boolean => $"{Helpers}.ReadBoolean(ref reader, {where})",
            WireFieldKind.Int32 => $"{Helpers}.ReadInt32(ref reader, {where})",
            WireFieldKind.Int64 => $"{Helpers}.ReadInt64(ref reader, {where})",
            WireFieldKind.UInt32 => $"{Helpers}.ReadUInt32(ref reader, {where})",
            WireFieldKind.UInt64 => $"{Helpers}.ReadUInt64(ref reader, {where})",
            WireFieldKind.Double => $"{Helpers}.ReadDouble(ref reader, {where})",
            WireFieldKind.Converter => $"{Helpers}.ReadWith({names.Converter(field.Converter!)}, ref reader, options, {where})",
            _ => field.IsNullable || !field.IsReference
                ? $"{Helpers}.ReadValue<{field.Type}>(ref reader, options, {where})"
                : $"{Helpers}.ReadValue<{field.Type}>(ref reader, options, {where}) ?? throw {Helpers}.NullField({where})",
        };

        // The serializer path handles null itself; the others are told about it here.
        return field.IsNullable && field.Kind != WireFieldKind.Serializer
            ? $"reader.TokenType == {Json}.JsonTokenType.Null ? null : {read}"
            : read;
    }

    /// <summary>Readable, unique names for the converter's static fields.</summary>
    private sealed class FieldNames
    {
        private readonly Dictionary<string, string> _discriminators = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _properties = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _converters = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

        public FieldNames(WireUnionModel model)
        {
            foreach (WireVariantModel variant in model.Variants)
            {
                _discriminators[variant.WireName] = Unique("s_type_" + Sanitize(variant.WireName));
                foreach (WireFieldModel field in variant.Fields)
                {
                    if (!_properties.ContainsKey(field.WireName))
                    {
                        _properties[field.WireName] = Unique("s_name_" + Sanitize(field.WireName));
                    }

                    if (field.Converter is { } converter && !_converters.ContainsKey(converter))
                    {
                        string[] parts = converter.Replace("global::", string.Empty).Split('.');
                        // Stryker disable once Equality : equivalent — a union's converter is always `{union}.WireConverter`, so a last part "WireConverter" never stands alone.
                        string simple = parts[parts.Length - 1] == "WireConverter" && parts.Length > 1
                            ? parts[parts.Length - 2] + "Converter"
                            : parts[parts.Length - 1];
                        _converters[converter] = Unique("s_" + Sanitize(simple));
                    }
                }
            }
        }

        public IEnumerable<(string Field, string WireName)> Discriminators => _discriminators.Select(p => (p.Value, p.Key));

        public IEnumerable<(string Field, string WireName)> Properties => _properties.Select(p => (p.Value, p.Key));

        public IEnumerable<(string Field, string Converter)> Converters => _converters.Select(p => (p.Value, p.Key));

        public string Discriminator(WireVariantModel variant) => _discriminators[variant.WireName];

        public string Property(string wireName) => _properties[wireName];

        public string Converter(string converter) => _converters[converter];

        private static string Sanitize(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            }

            return builder.ToString();
        }

        private string Unique(string name)
        {
            string candidate = name;
            for (int i = 2; !_taken.Add(candidate); i++)
            {
                candidate = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
