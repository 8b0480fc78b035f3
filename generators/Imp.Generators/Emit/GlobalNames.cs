namespace Imp.Generators.Emit;

/// <summary>Fully qualified names the emitters write often, so generated code binds whatever the user's usings are.</summary>
internal static class GlobalNames
{
    public const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    public const string Json = "global::System.Text.Json";
}
