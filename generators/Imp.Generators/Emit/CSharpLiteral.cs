using System.Globalization;
using System.Text;

namespace Imp.Generators.Emit;

/// <summary>C# literals for arbitrary text, so any wire name becomes valid, readable source.</summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal: <c>"a\"b"</c>. Printable non-ASCII text is kept as is.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 string literal: <c>"abc"u8</c>.</summary>
    public static string Utf8(string value) => String(value) + "u8";

    /// <summary>Text safe inside an XML doc comment.</summary>
    public static string XmlText(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
