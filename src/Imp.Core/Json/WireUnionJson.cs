using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Imp.Json;

/// <summary>Helpers for the JSON converters generated for <c>[WireUnion]</c> records. Not meant to be called directly.</summary>
/// <remarks>
/// Every error is a <see cref="JsonException"/> that names the union, the variant (by wire name) and the field, so a
/// bad payload can be found without a debugger.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class WireUnionJson
{
    /// <summary>The <c>type</c> property name, pre-encoded.</summary>
    public static JsonEncodedText TypeProperty { get; } = JsonEncodedText.Encode("type");

    /// <summary>For a token that is not an object.</summary>
    public static JsonException NotAnObject(ref Utf8JsonReader reader, string union, ImmutableArray<string> variants) =>
        new($"{union} is read from a JSON object with a \"type\" of {WireEnumErrors.JoinAllowed(variants)}, but found {Describe(ref reader)}.");

    /// <summary>For an object without a <c>type</c> property.</summary>
    public static JsonException MissingDiscriminator(string union, ImmutableArray<string> variants) =>
        new($"{union} has no \"type\" property; expected one of {WireEnumErrors.JoinAllowed(variants)}.");

    /// <summary>For a <c>type</c> that is not a known variant, or not a string.</summary>
    public static JsonException UnknownVariant(ref Utf8JsonReader reader, string union, ImmutableArray<string> variants) =>
        reader.TokenType == JsonTokenType.String
            ? new($"{union} has no variant \"{WireEnumErrors.Quote(ReadText(ref reader))}\"; expected one of {WireEnumErrors.JoinAllowed(variants)}.")
            : new($"{union}'s \"type\" must be a string, but found {Describe(ref reader)}; expected one of {WireEnumErrors.JoinAllowed(variants)}.");

    /// <summary>For a required field that is absent.</summary>
    public static JsonException MissingField(string union, string variant, string field) =>
        new($"{union} \"{variant}\" is missing the field \"{field}\".");

    /// <summary>For a field given twice.</summary>
    public static JsonException DuplicateField(string union, string variant, string field) =>
        new($"{union} \"{variant}\" has the field \"{field}\" twice.");

    /// <summary>For <c>null</c> in a field that does not allow it.</summary>
    public static JsonException NullField(string union, string variant, string field) =>
        new($"{union} \"{variant}\" field \"{field}\" cannot be null.");

    /// <summary>Reads a string field.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string union, string variant, string field) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw WrongToken(ref reader, union, variant, field, "a string");

    /// <summary>Reads a boolean field.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string union, string variant, string field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongToken(ref reader, union, variant, field, "true or false"),
    };

    /// <summary>Reads an <see cref="int"/> field.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, string union, string variant, string field) =>
        reader.TokenType == JsonTokenType.Number && !JsonTokenText.IsNegativeZero(ref reader) && reader.TryGetInt32(out int value)
            ? value
            : throw WrongToken(ref reader, union, variant, field, "a whole number that fits an int");

    /// <summary>Reads a <see cref="long"/> field.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, string union, string variant, string field) =>
        reader.TokenType == JsonTokenType.Number && !JsonTokenText.IsNegativeZero(ref reader) && reader.TryGetInt64(out long value)
            ? value
            : throw WrongToken(ref reader, union, variant, field, "a whole number that fits a long");

    /// <summary>Reads a <see cref="uint"/> field.</summary>
    public static uint ReadUInt32(ref Utf8JsonReader reader, string union, string variant, string field) =>
        reader.TokenType == JsonTokenType.Number && !JsonTokenText.IsNegativeZero(ref reader) && reader.TryGetUInt32(out uint value)
            ? value
            : throw WrongToken(ref reader, union, variant, field, "a whole number from 0 that fits a uint");

    /// <summary>Reads a <see cref="ulong"/> field.</summary>
    public static ulong ReadUInt64(ref Utf8JsonReader reader, string union, string variant, string field) =>
        reader.TokenType == JsonTokenType.Number && !JsonTokenText.IsNegativeZero(ref reader) && reader.TryGetUInt64(out ulong value)
            ? value
            : throw WrongToken(ref reader, union, variant, field, "a whole number from 0 that fits a ulong");

    /// <summary>Reads a <see cref="double"/> field.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader, string union, string variant, string field) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double value)
            ? value
            : throw WrongToken(ref reader, union, variant, field, "a number");

    /// <summary>Reads a field with a generated converter, naming the field when it fails.</summary>
    public static T ReadWith<T>(JsonConverter<T> converter, ref Utf8JsonReader reader, JsonSerializerOptions options, string union, string variant, string field)
    {
        ArgumentNullException.ThrowIfNull(converter);
        if (reader.TokenType == JsonTokenType.Null && !typeof(T).IsValueType)
        {
            throw NullField(union, variant, field);
        }

        try
        {
            return converter.Read(ref reader, typeof(T), options) ?? throw NullField(union, variant, field);
        }
        catch (JsonException error)
        {
            throw InField(union, variant, field, error);
        }
    }

    /// <summary>Reads a field through the options' own contract for <typeparamref name="T"/>, naming the field when it fails.</summary>
    public static T? ReadValue<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, string union, string variant, string field)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return JsonSerializer.Deserialize<T>(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
        catch (JsonException error)
        {
            throw InField(union, variant, field, error);
        }
    }

    /// <summary>Writes a field through the options' own contract for <typeparamref name="T"/>.</summary>
    public static void WriteValue<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }

    private static JsonException WrongToken(ref Utf8JsonReader reader, string union, string variant, string field, string expected) =>
        new($"{union} \"{variant}\" field \"{field}\" must be {expected}, but found {Describe(ref reader)}.");

    private static JsonException InField(string union, string variant, string field, JsonException inner) =>
        new($"{union} \"{variant}\" field \"{field}\": {inner.Message}", inner);

    private static string Describe(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? $"the string \"{WireEnumErrors.Quote(ReadText(ref reader))}\""
            : JsonTokenText.DescribeNonString(ref reader);

    private static string ReadText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "(invalid UTF-8)";
        }
    }
}
