namespace Imp.Generators.Diagnostics;

/// <summary>
/// Where each diagnostic's help page lives: <c>docs/diagnostics/{id}.md</c> on the repository's default branch,
/// <c>{Repository}/blob/main/docs/diagnostics/{id}.md</c>. One constant, so moving the repository is a one-line change.
/// </summary>
internal static class HelpLinks
{
    public const string Repository = "https://github.com/imp-generated/Imp.Generated";

    public static string For(string id) => $"{Repository}/blob/main/docs/diagnostics/{id}.md";
}
