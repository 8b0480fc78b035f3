using System.Text;

namespace Imp.Generators.Naming;

/// <summary>
/// serde_derive's <c>rename_all</c> rules, computed as serde_derive computes them: variant names convert from
/// PascalCase, field names from snake_case, and only ASCII letters change case.
/// </summary>
internal static class SerdeRenameRule
{
    /// <summary>The wire name of an enum member or union variant called <paramref name="name"/> in C#.</summary>
    public static string ApplyToVariant(NamingRule rule, string name) => rule switch
    {
        NamingRule.LowerCase => AsciiLower(name),
        NamingRule.UpperCase => AsciiUpper(name),
        NamingRule.CamelCase => LowerFirst(name),
        NamingRule.SnakeCase => SerdeSnakeCase.Convert(name),
        NamingRule.ScreamingSnakeCase => AsciiUpper(SerdeSnakeCase.Convert(name)),
        NamingRule.KebabCase => SerdeSnakeCase.Convert(name).Replace('_', '-'),
        NamingRule.ScreamingKebabCase => AsciiUpper(SerdeSnakeCase.Convert(name)).Replace('_', '-'),
        _ => name,
    };

    /// <summary>
    /// The Rust field name serde would start from for a C# parameter: serde's own snake_case of it
    /// (<c>ExitCode</c> and <c>exitCode</c> both give <c>exit_code</c>).
    /// </summary>
    public static string RustFieldName(string parameterName) => SerdeSnakeCase.Convert(parameterName);

    /// <summary>The wire name of a field whose Rust (snake_case) name is <paramref name="field"/>.</summary>
    public static string ApplyToField(NamingRule rule, string field) => rule switch
    {
        NamingRule.UpperCase or NamingRule.ScreamingSnakeCase => AsciiUpper(field),
        NamingRule.PascalCase => Pascal(field),
        NamingRule.CamelCase => LowerFirst(Pascal(field)),
        NamingRule.KebabCase => field.Replace('_', '-'),
        NamingRule.ScreamingKebabCase => AsciiUpper(field).Replace('_', '-'),
        _ => field,
    };

    /// <summary>
    /// True when serde_derive itself refuses the rule for this name: camelCase lower-cases the first byte with a byte
    /// slice, which fails to compile when the first character is not ASCII.
    /// </summary>
    public static bool SerdeRefuses(NamingRule rule, string name, bool isField)
    {
        string source = isField && rule == NamingRule.CamelCase ? Pascal(name) : name;
        return rule == NamingRule.CamelCase && source.Length > 0 && source[0] > 0x7F;
    }

    private static string Pascal(string field)
    {
        var builder = new StringBuilder(field.Length);
        bool capitalize = true;
        foreach (char c in field)
        {
            if (c == '_')
            {
                capitalize = true;
            }
            else if (capitalize)
            {
                builder.Append(Upper(c));
                capitalize = false;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string LowerFirst(string name) =>
        name.Length == 0 ? name : Lower(name[0]) + name.Substring(1);

    private static string AsciiLower(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(Lower(c));
        }

        return builder.ToString();
    }

    private static string AsciiUpper(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(Upper(c));
        }

        return builder.ToString();
    }

    private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;

    private static char Upper(char c) => c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;
}
