using System.Text;

namespace Imp.Generators.Naming;

/// <summary>
/// serde's <c>rename_all = "snake_case"</c> rule for variant names, which is what imp-core writes: an
/// underscore before every upper-case character but the first, then ASCII-only lower-casing.
/// </summary>
/// <remarks>
/// serde tests "upper-case" with Rust's <c>char::is_uppercase</c> (the Unicode Uppercase property) but
/// lower-cases with <c>to_ascii_lowercase</c>, so a non-ASCII capital gets its underscore and keeps its case.
/// </remarks>
internal static class SerdeSnakeCase
{
    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            int codePoint = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, name[i + 1]);
                width = 2;
            }

            if (i > 0 && IsUppercase(name, i, codePoint))
            {
                builder.Append('_');
            }

            if (c >= 'A' && c <= 'Z')
            {
                builder.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                builder.Append(name, i, width);
            }

            i += width - 1;
        }

        return builder.ToString();
    }

    private static bool IsUppercase(string name, int index, int codePoint)
    {
        // Unicode's Uppercase property is the Lu category plus Other_Uppercase (Roman numerals and
        // circled or squared Latin capitals).
        if (char.IsUpper(name, index))
        {
            return true;
        }

        return (codePoint >= 0x2160 && codePoint <= 0x216F)
            || (codePoint >= 0x24B6 && codePoint <= 0x24CF)
            || (codePoint >= 0x1F130 && codePoint <= 0x1F149)
            || (codePoint >= 0x1F150 && codePoint <= 0x1F169)
            || (codePoint >= 0x1F170 && codePoint <= 0x1F189);
    }
}
