using System;
using System.Text.Encodings.Web;

namespace Imp.Json;

/// <summary>
/// Escapes exactly what serde_json escapes: the quote, the backslash and control characters below U+0020
/// (<c>\b \t \n \f \r</c> by name, the rest as <c>\u00xx</c> in lower-case hex). Everything else is written as
/// raw UTF-8, non-ASCII, U+2028 and characters beyond the BMP included, as imp-core writes them. The built-in
/// System.Text.Json encoders, even the relaxed one, escape some of those.
/// </summary>
internal sealed class SerdeJsonEncoder : JavaScriptEncoder
{
    public static readonly SerdeJsonEncoder Instance = new();

    private SerdeJsonEncoder()
    {
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        ReadOnlySpan<char> chars = new(text, textLength);
        for (int i = 0; i < chars.Length; i++)
        {
            if (WillEncode(chars[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        // Every byte that needs escaping is ASCII, and no byte of a multi-byte UTF-8 sequence is.
        for (int i = 0; i < utf8Text.Length; i++)
        {
            if (WillEncode(utf8Text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        Span<char> destination = new(buffer, bufferLength);
        ReadOnlySpan<char> escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\f' => "\\f",
            '\r' => "\\r",
            _ => default,
        };

        if (!escape.IsEmpty)
        {
            return TryWrite(escape, destination, out numberOfCharactersWritten);
        }

        if (unicodeScalar < 0x20)
        {
            const string hex = "0123456789abcdef";
            ReadOnlySpan<char> code = ['\\', 'u', '0', '0', hex[unicodeScalar >> 4], hex[unicodeScalar & 0xF]];
            return TryWrite(code, destination, out numberOfCharactersWritten);
        }

        // Not ours to escape: written as it is.
        Span<char> utf16 = stackalloc char[2];
        int length = new System.Text.Rune(unicodeScalar).EncodeToUtf16(utf16);
        return TryWrite(utf16[..length], destination, out numberOfCharactersWritten);
    }

    private static bool TryWrite(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        if (text.TryCopyTo(destination))
        {
            written = text.Length;
            return true;
        }

        written = 0;
        return false;
    }
}
