namespace Imp.Generators.Naming;

/// <summary>The generator's copy of <c>Imp.WireNaming</c> (same values): the generator cannot reference Imp.Core.</summary>
internal enum NamingRule
{
    SnakeCase = 0,
    None,
    LowerCase,
    UpperCase,
    PascalCase,
    CamelCase,
    ScreamingSnakeCase,
    KebabCase,
    ScreamingKebabCase,
}

/// <summary>How serde spells each rule in <c>rename_all = "..."</c>, for messages.</summary>
internal static class NamingRuleText
{
    public static string Serde(NamingRule rule) => rule switch
    {
        NamingRule.None => "none",
        NamingRule.LowerCase => "lowercase",
        NamingRule.UpperCase => "UPPERCASE",
        NamingRule.PascalCase => "PascalCase",
        NamingRule.CamelCase => "camelCase",
        NamingRule.ScreamingSnakeCase => "SCREAMING_SNAKE_CASE",
        NamingRule.KebabCase => "kebab-case",
        NamingRule.ScreamingKebabCase => "SCREAMING-KEBAB-CASE",
        _ => "snake_case",
    };

    public static bool IsDefined(int rule) => rule >= 0 && rule <= (int)NamingRule.ScreamingKebabCase;
}
