using System.Globalization;
using System.Text;

namespace Imp.Generators.Naming;

/// <summary>
/// What System.Text.Json's separator policies (<c>JsonNamingPolicy.SnakeCaseLower</c>, <c>SnakeCaseUpper</c>,
/// <c>KebabCaseLower</c>, <c>KebabCaseUpper</c>) make of a name. The generator cannot reference System.Text.Json, so
/// the behaviour is reproduced here and pinned by tests against the real policies; it only serves to warn where serde
/// and System.Text.Json disagree (runs of capitals such as <c>IOError</c>).
/// </summary>
internal static class JsonSnakeCaseLower
{
    private enum Previous
    {
        Start,
        Upper,
        LowerOrDigit,
        Space,
    }

    public static string Convert(string name) => Convert(name, '_', upper: false);

    public static string Convert(string name, char separator, bool upper)
    {
        var builder = new StringBuilder(name.Length + 8);
        Previous previous = Previous.Start;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                    bool wordStartsHere = previous is Previous.LowerOrDigit or Previous.Space
                        || (previous == Previous.Upper && i + 1 < name.Length && char.IsLower(name[i + 1]));
                    if (wordStartsHere)
                    {
                        builder.Append(separator);
                    }

                    builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                    previous = Previous.Upper;
                    break;

                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    if (previous == Previous.Space)
                    {
                        builder.Append(separator);
                    }

                    builder.Append(upper ? char.ToUpperInvariant(c) : c);
                    previous = Previous.LowerOrDigit;
                    break;

                case UnicodeCategory.SpaceSeparator:
                    if (previous != Previous.Start)
                    {
                        previous = Previous.Space;
                    }

                    break;

                default:
                    builder.Append(c);
                    previous = Previous.Start;
                    break;
            }
        }

        return builder.ToString();
    }
}
