using System;
using System.Collections.Generic;
using System.Linq;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Incremental;

/// <summary>
/// After an edit to another file that changes what a declaration means, the generators continuing their driver
/// (with remembered models) write exactly what a first run on the edited project writes. Each case first checks that
/// the edit does change the output, so a stale model could not pass unnoticed.
/// </summary>
public sealed class IncrementalEquivalenceTests
{
    private const string Color = """
        using Imp;

        namespace App
        {
            [WireEnum]
            public enum Color { [WireName("crimson")] Red, [Renamed("leaf")] Green }
        }
        """;

    private const string Placeholder = "namespace App { public sealed class Placeholder { } }";

    [Fact]
    public void An_attribute_declared_elsewhere_that_shadows_WireName() =>
        AssertIncrementalMatchesFirstRun(
            [Color, Placeholder],
            edit: 1,
            "namespace App { public sealed class WireNameAttribute : System.Attribute { public WireNameAttribute(string name) { } } }",
            changed: "\"red\"");

    [Fact]
    public void A_global_alias_declared_elsewhere() =>
        AssertIncrementalMatchesFirstRun([Color, Placeholder], edit: 1, "global using Renamed = Imp.WireNameAttribute;", changed: "\"leaf\"");

    [Fact]
    public void A_twin_enum_declared_elsewhere() =>
        AssertIncrementalMatchesFirstRun(
            [Color, Placeholder],
            edit: 1,
            "namespace App { public static class Holder { [Imp.WireEnum] public enum Color { Blue } } }",
            changed: null);

    [Fact]
    public void A_type_declared_elsewhere_whose_name_differs_only_in_case() =>
        AssertIncrementalMatchesFirstRun([Color, Placeholder], edit: 1, "namespace App { public sealed class color { } }", changed: "App.Color_");

    [Fact]
    public void A_constant_changed_elsewhere() =>
        AssertIncrementalMatchesFirstRun(
            ["namespace App { [Imp.WireEnum] public enum Level { Low = Limits.Base, High } }", "namespace App { public static class Limits { public const int Base = 1; } }"],
            edit: 1,
            "namespace App { public static class Limits { public const int Base = 7; } }",
            changed: "(7L)");

    [Fact]
    public void A_field_type_made_a_wire_enum_elsewhere() =>
        AssertIncrementalMatchesFirstRun(
            ["namespace App { [Imp.WireUnion] public abstract partial record Switch { public sealed record Set(Mode Mode) : Switch; } }", "namespace App { public enum Mode { On, Off } }"],
            edit: 1,
            "namespace App { [Imp.WireEnum] public enum Mode { On, Off } }",
            changed: "ModeJsonConverter");

    [Fact]
    public void A_constructor_added_in_another_part_of_a_union() =>
        AssertIncrementalMatchesFirstRun(
            ["namespace App { [Imp.WireUnion] public abstract partial record Shape { public sealed record Circle(double Radius) : Shape; } }", "namespace App { public abstract partial record Shape { } }"],
            edit: 1,
            "namespace App { public abstract partial record Shape { protected Shape(string unused) { } } }",
            changed: null);

    [Fact]
    public void A_phase_named_by_a_constant_that_changes_elsewhere() =>
        AssertIncrementalMatchesFirstRun(
            ["""
             namespace App
             {
                 [Imp.PhaseMachine]
                 public enum Flow { [Imp.InitialPhase, Imp.Next(Flow.Done)] Start, [Imp.TerminalPhase] Done = Limits.Last }
             }
             """,
             "namespace App { public static class Limits { public const int Last = 1; } }"],
            edit: 1,
            "namespace App { public static class Limits { public const int Last = 9; } }",
            changed: null);

    [Fact]
    public void A_method_added_elsewhere_that_hides_the_constant_a_member_uses() =>
        AssertIncrementalMatchesFirstRun(
            ["namespace App { public class Base { public const int X = 5; } public partial class Holder : Base { [Imp.WireEnum] public enum Level { Low = X, High } } }",
             "namespace App { public partial class Holder { } }"],
            edit: 1,
            "namespace App { public partial class Holder { public static new int X() => 1; } }",
            changed: null);

    [Fact]
    public void An_unrelated_edit_writes_what_it_wrote_before()
    {
        Compilation before = TestCompilation.Create(Color, Placeholder);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(before);
        Dictionary<string, string> first = Generated(driver);

        Compilation edited = Caching.Replace(before, before.SyntaxTrees.Last(), "namespace App { public sealed class Placeholder { public int Added() => 1; } }");

        Generated(driver.RunGenerators(edited)).ShouldBe(first);
        Generated(GeneratorHarness.CreateDriver().RunGenerators(Reparsed(edited))).ShouldBe(first);
    }

    /// <summary>
    /// Runs the generators on <paramref name="sources"/>, replaces source <paramref name="edit"/>, runs again with
    /// the same driver, and compares with a first run on freshly parsed copies of the edited sources.
    /// </summary>
    /// <param name="changed">Text the edit brings into the output, when there is one to name.</param>
    private static void AssertIncrementalMatchesFirstRun(string[] sources, int edit, string replacement, string? changed)
    {
        Compilation before = TestCompilation.Create(sources);
        Compilation after = Caching.Replace(before, before.SyntaxTrees.ElementAt(edit), replacement);
        AssertMatches(before, after, Reparsed(after), changed);
    }

    private static void AssertMatches(Compilation before, Compilation after, Compilation freshAfter, string? changed)
    {
        freshAfter.SyntaxTrees.ShouldNotContain(tree => after.SyntaxTrees.Contains(tree));
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(before);
        Dictionary<string, string> first = Generated(driver);
        // The models are remembered: a run over the same trees again must not see the edit coming.
        Generated(driver.RunGenerators(before.Clone())).ShouldBe(first);

        Dictionary<string, string> incremental = Generated(driver.RunGenerators(after));
        Dictionary<string, string> fresh = Generated(GeneratorHarness.CreateDriver().RunGenerators(freshAfter));

        incremental.ShouldBe(fresh);
        incremental.ShouldNotBe(first, "the edit should change what is generated");
        if (changed is not null)
        {
            string.Join("\n", incremental.Select(file => file.Key + "\n" + file.Value)).ShouldContain(changed, Case.Sensitive);
        }
    }

    private static Compilation Reparsed(Compilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree => TestCompilation.Parse(tree.ToString(), tree.FilePath)));

    private static Dictionary<string, string> Generated(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
}
