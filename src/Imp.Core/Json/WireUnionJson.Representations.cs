using System;
using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Imp.Json;

// The helpers for serde's other representations and rules: any tag name, externally and adjacently tagged, untagged,
// newtype variants, and null refused inside lists.
public static partial class WireUnionJson
{
    /// <summary>For a token that is not an object, in a union tagged by <paramref name="tag"/>.</summary>
    public static JsonException NotAnObject(ref Utf8JsonReader reader, string union, string tag, ImmutableArray<string> variants) =>
        new($"{union} is read from a JSON object with a \"{tag}\" of {WireEnumErrors.JoinAllowed(variants)}, but found {Describe(ref reader)}.");

    /// <summary>For an object without its tag property.</summary>
    public static JsonException MissingTag(string union, string tag, ImmutableArray<string> variants) =>
        new($"{union} has no \"{tag}\" property; expected one of {WireEnumErrors.JoinAllowed(variants)}.");

    /// <summary>For a tag that is not a known variant, or not a string.</summary>
    public static JsonException UnknownVariant(ref Utf8JsonReader reader, string union, string tag, ImmutableArray<string> variants) =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
            ? new($"{union} has no variant \"{WireEnumErrors.Quote(ReadText(ref reader))}\"; expected one of {WireEnumErrors.JoinAllowed(variants)}.")
            : new($"{union}'s \"{tag}\" must be a string, but found {Describe(ref reader)}; expected one of {WireEnumErrors.JoinAllowed(variants)}.");

    /// <summary>For the tag given twice, which serde refuses as a duplicate field.</summary>
    public static JsonException DuplicateTag(string union, string tag) =>
        new($"{union} has the tag \"{tag}\" twice.");

    /// <summary>For an externally tagged union read from neither a string nor an object.</summary>
    public static JsonException NotExternallyTagged(ref Utf8JsonReader reader, string union, ImmutableArray<string> variants) =>
        new($"{union} is read from a variant name or an object with one key, one of {WireEnumErrors.JoinAllowed(variants)}, but found {Describe(ref reader)}.");

    /// <summary>For an externally tagged object with other than one key.</summary>
    public static JsonException NotOneKey(string union, ImmutableArray<string> variants) =>
        new($"{union} is read from an object with exactly one key, one of {WireEnumErrors.JoinAllowed(variants)}.");

    /// <summary>For a variant with fields given as a plain name, as only unit variants are written.</summary>
    public static JsonException NotAUnitVariant(string union, string variant) =>
        new($"{union} \"{variant}\" has fields, so it cannot be read from its name alone.");

    /// <summary>For a unit variant given content other than null.</summary>
    public static JsonException UnitWithContent(ref Utf8JsonReader reader, string union, string variant) =>
        new($"{union} \"{variant}\" has no fields, so its content must be null or absent, but found {Describe(ref reader)}.");

    /// <summary>For an adjacently tagged variant with fields but no content property.</summary>
    public static JsonException MissingContent(string union, string variant, string content) =>
        new($"{union} \"{variant}\" is missing its \"{content}\".");

    /// <summary>For an untagged union whose variants all failed to read the value.</summary>
    public static JsonException NoVariantMatched(string union, ImmutableArray<string> variants, JsonException? last) =>
        new($"{union} is untagged, and the value matches none of its variants ({WireEnumErrors.JoinAllowed(variants)}).", last);

    /// <summary>For a struct variant's content that is not an object.</summary>
    public static JsonException VariantNotAnObject(ref Utf8JsonReader reader, string union, string variant) =>
        new($"{union} \"{variant}\" is read from a JSON object, but found {Describe(ref reader)}.");

    /// <summary>Refuses null items in a sequence read for a field whose items are not optional, as serde does.</summary>
    public static T CheckItems<T>(T value, string union, string variant, string field)
    {
        if (value is IEnumerable items and not string)
        {
            int index = 0;
            foreach (object? item in items)
            {
                if (item is null)
                {
                    throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{union} \"{variant}\" field \"{field}\"[{index}] cannot be null."));
                }

                index++;
            }
        }

        return value;
    }

    /// <summary>
    /// Writes an internally tagged newtype variant: the tag, then the properties of the value's own object. A value that
    /// is not written as an object is refused, as serde refuses it.
    /// </summary>
    public static void WriteTaggedNewtype<T>(Utf8JsonWriter writer, JsonEncodedText tag, JsonEncodedText name, T value, JsonSerializerOptions options, string union)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonElement element = JsonSerializer.SerializeToElement(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{union} \"{name}\" holds a value written as {element.ValueKind}, but an internally tagged newtype variant must hold an object.");
        }

        writer.WriteStartObject();
        writer.WriteString(tag, name);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
