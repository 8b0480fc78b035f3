using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Imp.Json;

/// <summary>How error messages of the generated converters show the token they stumbled on.</summary>
internal static class JsonTokenText
{
    /// <summary>A token other than a string, as a message shows it: <c>the number 3</c>, <c>null</c>, <c>an object</c>.</summary>
    public static string DescribeNonString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => $"the number {Raw(ref reader)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => $"a {reader.TokenType} token",
    };

    /// <summary>The token's bytes as text, cut to a readable length; invalid UTF-8 is replaced, not refused.</summary>
    public static string Raw(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return WireEnumErrors.Quote(Encoding.UTF8.GetString(raw));
    }

    /// <summary>
    /// True for the number <c>-0</c>, which serde_json reads as the float <c>-0.0</c>: no integer field takes it,
    /// although System.Text.Json's integer readers do.
    /// </summary>
    public static bool IsNegativeZero(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return raw.SequenceEqual("-0"u8);
    }
}
