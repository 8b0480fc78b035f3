using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json;

namespace Imp.Json;

/// <summary>Helpers for the JSON converters generated for <c>[WireEnum]</c> enums. Not meant to be called directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireEnumJson
{
    /// <summary>Throws unless the reader is on a JSON string: numbers, null, booleans and containers are rejected.</summary>
    /// <exception cref="JsonException">The token is not a string; the message names the type, the token and the allowed names.</exception>
    public static void ExpectString(ref Utf8JsonReader reader, Type enumType, ImmutableArray<string> allowedNames)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return;
        }

        string found = JsonTokenText.DescribeNonString(ref reader);
        throw new JsonException(
            $"{enumType.Name} is read from a JSON string holding a wire name, but found {found}. Allowed: {WireEnumErrors.JoinAllowed(allowedNames)}.");
    }

    /// <summary>
    /// Copies the current string, unescaped, into <paramref name="scratch"/>; false when it cannot fit, in which
    /// case it is longer than any wire name.
    /// </summary>
    public static bool TryCopyUnescaped(ref Utf8JsonReader reader, scoped Span<byte> scratch, out int length)
    {
        long escapedLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (escapedLength > scratch.Length)
        {
            length = 0;
            return false;
        }

        try
        {
            length = reader.CopyString(scratch);
            return true;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or a lone surrogate escape: no wire name looks like that.
            length = 0;
            return false;
        }
    }

    /// <summary>A wire name pre-encoded the way serde_json writes it (see <see cref="ImpJson.Encoder"/>).</summary>
    public static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, SerdeJsonEncoder.Instance);

    /// <summary>The exception for a JSON string that matches no wire name; its inner exception carries the details.</summary>
    public static JsonException UnknownName(ref Utf8JsonReader reader, Type enumType, ImmutableArray<string> allowedNames)
    {
        var inner = new UnknownWireNameException(enumType, ReadForMessage(ref reader), allowedNames);
        return new JsonException(inner.Message, inner);
    }

    /// <summary>The exception for writing a value that is not a declared member.</summary>
    public static JsonException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(WireEnumErrors.DescribeUndefined(value));

    // The string as far as it can be read: invalid UTF-8 or a lone surrogate escape still yields a message.
    private static string ReadForMessage(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return JsonTokenText.Raw(ref reader);
        }
    }
}
