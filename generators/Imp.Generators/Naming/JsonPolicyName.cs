namespace Imp.Generators.Naming;

/// <summary>
/// The name System.Text.Json's nearest <c>JsonNamingPolicy</c> gives where serde applies <see cref="NamingRule"/>,
/// or null where System.Text.Json has no such policy (lowercase, UPPERCASE) or none is needed (PascalCase, none).
/// </summary>
internal static class JsonPolicyName
{
    public static string? ForVariant(NamingRule rule, string name) => rule switch
    {
        NamingRule.SnakeCase => JsonSnakeCaseLower.Convert(name, '_', upper: false),
        NamingRule.ScreamingSnakeCase => JsonSnakeCaseLower.Convert(name, '_', upper: true),
        NamingRule.KebabCase => JsonSnakeCaseLower.Convert(name, '-', upper: false),
        NamingRule.ScreamingKebabCase => JsonSnakeCaseLower.Convert(name, '-', upper: true),
        NamingRule.CamelCase => CamelCase(name),
        _ => null,
    };

    /// <summary>System.Text.Json's <c>JsonNamingPolicy.CamelCase</c>: the leading run of capitals is lower-cased, all but the last before a lower-case letter.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
