using System.Collections.Generic;
using System.Linq;
using System.Text;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.WireEnums;

/// <summary>Writes the source of one [WireEnum] enum: its extensions class and its JSON converter.</summary>
internal static class WireEnumEmitter
{
    public static string Emit(WireEnumModel model)
    {
        var writer = new SourceWriter();
        Generated.WriteFileStart(writer, "WireEnum", model.EnumType, model.Namespace);
        WriteExtensions(writer, model);
        writer.Line();
        WriteConverter(writer, model);
        Generated.WriteFileEnd(writer, model.Namespace);
        return writer.ToString();
    }

    private static void WriteExtensions(SourceWriter writer, WireEnumModel model)
    {
        string type = model.EnumType;
        WireEnumMemberModel[] canonical = model.Members.Where(m => !m.IsAlias).ToArray();

        writer.Line("/// <summary>");
        writer.Line($"/// Wire names (imp's snake_case), parsers and values of <see cref=\"{type}\"/>, generated from its <c>[WireEnum]</c>.");
        writer.Line("/// </summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"{Accessibility(model)} static partial class {model.ExtensionsName}");
        writer.Open();

        writer.Line($"/// <summary>The number of values of <see cref=\"{type}\"/>, and of wire names in <see cref=\"GetNames\"/>.</summary>");
        writer.Line($"public const int Count = {canonical.Length};");
        writer.Line();
        WriteImmutableArray(writer, "s_values", type, canonical.Select(m => m.Reference));
        writer.Line();
        WriteImmutableArray(writer, "s_names", "string", canonical.Select(m => CSharpLiteral.String(m.WireName)));
        writer.Line();

        writer.Line("/// <summary>Returns the wire name of <paramref name=\"value\"/>: a cached string, nothing is allocated.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a declared member.</exception>");
        if (model.DenseIndex is { } index)
        {
            writer.Line($"public static string AsStr(this {type} value)");
            writer.Open();
            writer.Line("// The values run without gaps, so the name is found by index, which is cheaper than a switch's jump.");
            writer.Line($"ulong index = {index};");
            writer.Line("return index < (ulong)s_names.Length ? s_names[(int)index] : global::Imp.WireEnumErrors.Undefined(value);");
            writer.Close();
        }
        else
        {
            writer.Line($"public static string AsStr(this {type} value) => value switch");
            writer.Open();
            foreach (WireEnumMemberModel member in canonical)
            {
                writer.Line($"{member.Reference} => {CSharpLiteral.String(member.WireName)},");
            }

            writer.Line("_ => global::Imp.WireEnumErrors.Undefined(value),");
            writer.Close(";");
        }

        writer.Line();

        writer.Line("/// <summary>The values in declaration order; a member sharing an earlier member's value is listed once.</summary>");
        writer.Line($"public static {ImmutableArray}<{type}> GetValues() => s_values;");
        writer.Line();
        writer.Line("/// <summary>The wire names, in the order of <see cref=\"GetValues\"/>.</summary>");
        writer.Line($"public static {ImmutableArray}<string> GetNames() => s_names;");
        writer.Line();

        WriteParseString(writer, model);
        writer.Line();
        WriteTryParse(writer, model, "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value", "a string", acceptsNull: true);
        writer.Line();
        WriteTryParse(writer, model, "global::System.ReadOnlySpan<char> value", "UTF-16 characters", acceptsNull: false);
        writer.Line();
        WriteTryParseUtf8(writer, model);

        writer.Close();
    }

    private static void WriteImmutableArray(SourceWriter writer, string field, string elementType, IEnumerable<string> items)
    {
        string[] elements = items.ToArray();
        if (elements.Length == 0)
        {
            writer.Line($"private static readonly {ImmutableArray}<{elementType}> {field} = {ImmutableArray}<{elementType}>.Empty;");
            return;
        }

        writer.Line($"private static readonly {ImmutableArray}<{elementType}> {field} = {ImmutableArray}.Create(new {elementType}[]");
        writer.Open();
        foreach (string element in elements)
        {
            writer.Line(element + ",");
        }

        writer.Close(");");
    }

    private static void WriteParseString(SourceWriter writer, WireEnumModel model)
    {
        string type = model.EnumType;
        writer.Line("/// <summary>Parses a wire name exactly: no numbers, no C# names, no case folding.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
        writer.Line("/// <exception cref=\"global::Imp.UnknownWireNameException\"><paramref name=\"value\"/> is not a wire name; the message lists the allowed ones.</exception>");
        writer.Line($"public static {type} Parse(string value)");
        writer.Open();
        writer.Block($"if (TryParse(value, out {type} result))", "return result;");
        writer.Line();
        writer.Line($"throw global::Imp.WireEnumErrors.UnknownName(typeof({type}), value, s_names);");
        writer.Close();
    }

    private static void WriteTryParse(SourceWriter writer, WireEnumModel model, string parameter, string description, bool acceptsNull)
    {
        string type = model.EnumType;
        writer.Line($"/// <summary>Parses a wire name given as {description}, exactly; false for anything else{(acceptsNull ? ", null included" : string.Empty)}.</summary>");
        writer.Line($"public static bool TryParse({parameter}, out {type} result)");
        writer.Open();
        writer.Line("switch (value)");
        writer.Open();
        foreach (WireEnumMemberModel member in model.Members)
        {
            writer.Case($"case {CSharpLiteral.String(member.WireName)}:", $"result = {member.Reference};", "return true;");
        }

        writer.Case("default:", "result = default;", "return false;");
        writer.Close();
        writer.Close();
    }

    private static void WriteTryParseUtf8(SourceWriter writer, WireEnumModel model)
    {
        writer.Line("/// <summary>Parses a wire name given as UTF-8 bytes, exactly, without allocating.</summary>");
        writer.Line($"public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, out {model.EnumType} result)");
        writer.Open();
        if (model.Members.Count > 0)
        {
            WriteUtf8Switch(writer, model);
            writer.Line();
        }

        writer.Line("result = default;");
        writer.Line("return false;");
        writer.Close();
    }

    private static void WriteUtf8Switch(SourceWriter writer, WireEnumModel model)
    {
        // Bucketing by length first means one integer comparison rejects most candidates.
        writer.Line("switch (utf8.Length)");
        writer.Open();
        foreach (IGrouping<int, WireEnumMemberModel> group in model.Members
            .GroupBy(m => Encoding.UTF8.GetByteCount(m.WireName))
            .OrderBy(g => g.Key))
        {
            writer.Line($"case {group.Key}:");
            writer.Indent();
            foreach (WireEnumMemberModel member in group)
            {
                writer.Block(
                    $"if (global::System.MemoryExtensions.SequenceEqual(utf8, {CSharpLiteral.Utf8(member.WireName)}))",
                    $"result = {member.Reference};",
                    "return true;");
                writer.Line();
            }

            writer.Line("break;");
            writer.Outdent();
        }

        writer.Close();
    }

    private static void WriteConverter(SourceWriter writer, WireEnumModel model)
    {
        string type = model.EnumType;
        WireEnumMemberModel[] canonical = model.Members.Where(m => !m.IsAlias).ToArray();
        int longest = model.Members.Count == 0 ? 0 : model.Members.Max(m => Encoding.UTF8.GetByteCount(m.WireName));

        writer.Line("/// <summary>");
        writer.Line($"/// Reads and writes <see cref=\"{type}\"/> as its wire name, also as a dictionary key. Reading is strict:");
        writer.Line("/// anything but an exact wire name in a JSON string is a <see cref=\"global::System.Text.Json.JsonException\"/>.");
        writer.Line($"/// Use it with <c>[JsonConverter(typeof({model.ConverterName}))]</c> on the enum, or add it to the options' converters.");
        writer.Line("/// </summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"{Accessibility(model)} sealed partial class {model.ConverterName} : {Json}.Serialization.JsonConverter<{type}>");
        writer.Open();
        writer.Line("// Unescaping never lengthens a string, and no UTF-8 byte takes more than six bytes escaped (\\u00XX),");
        writer.Line("// so a longer JSON string cannot hold a wire name.");
        writer.Line($"private const int ScratchLength = {longest * 6};");
        if (canonical.Length > 0)
        {
            writer.Line();
            writer.Line("// Pre-encoded once, escaped exactly as serde_json escapes strings.");
        }

        // A dense index exists only over at least one value.
        if (model.DenseIndex is not null)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText[] s_encoded =");
            writer.Open();
            foreach (WireEnumMemberModel member in canonical)
            {
                writer.Line($"global::Imp.Json.WireEnumJson.Encode({CSharpLiteral.String(member.WireName)}),");
            }

            writer.Close(";");
        }
        else
        {
            foreach (WireEnumMemberModel member in canonical)
            {
                writer.Line($"private static readonly {Json}.JsonEncodedText {EncodedField(member)} = global::Imp.Json.WireEnumJson.Encode({CSharpLiteral.String(member.WireName)});");
            }
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {type} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        writer.Open();
        writer.Line($"global::Imp.Json.WireEnumJson.ExpectString(ref reader, typeof({type}), {model.ExtensionsName}.GetNames());");
        writer.Line("return ReadName(ref reader);");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {type} ReadAsPropertyName(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) => ReadName(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options) => writer.WriteStringValue(Encoded(value));");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void WriteAsPropertyName({Json}.Utf8JsonWriter writer, {type} value, {Json}.JsonSerializerOptions options) => writer.WritePropertyName(Encoded(value));");
        writer.Line();

        writer.Line($"private static {type} ReadName(ref {Json}.Utf8JsonReader reader)");
        writer.Open();
        writer.Line("if (!reader.HasValueSequence && !reader.ValueIsEscaped)");
        writer.Open();
        writer.Block($"if ({model.ExtensionsName}.TryParse(reader.ValueSpan, out {type} value))", "return value;");
        writer.Close();
        writer.Line("else");
        writer.Open();
        writer.Line("global::System.Span<byte> scratch = stackalloc byte[ScratchLength];");
        writer.Block(
            $"if (global::Imp.Json.WireEnumJson.TryCopyUnescaped(ref reader, scratch, out int length) && {model.ExtensionsName}.TryParse(scratch.Slice(0, length), out {type} value))",
            "return value;");
        writer.Close();
        writer.Line();
        writer.Line($"throw global::Imp.Json.WireEnumJson.UnknownName(ref reader, typeof({type}), {model.ExtensionsName}.GetNames());");
        writer.Close();
        writer.Line();

        if (model.DenseIndex is { } index)
        {
            writer.Line($"private static {Json}.JsonEncodedText Encoded({type} value)");
            writer.Open();
            writer.Line($"ulong index = {index};");
            writer.Line("return index < (ulong)s_encoded.Length ? s_encoded[index] : throw global::Imp.Json.WireEnumJson.Undefined(value);");
            writer.Close();
        }
        else
        {
            writer.Line($"private static {Json}.JsonEncodedText Encoded({type} value) => value switch");
            writer.Open();
            foreach (WireEnumMemberModel member in canonical)
            {
                writer.Line($"{member.Reference} => {EncodedField(member)},");
            }

            writer.Line("_ => throw global::Imp.Json.WireEnumJson.Undefined(value),");
            writer.Close(";");
        }
        writer.Close();
    }

    private static string EncodedField(WireEnumMemberModel member) => "s_" + member.Identifier.TrimStart('@');

    private static string Accessibility(WireEnumModel model) => model.IsPublic ? "public" : "internal";
}
