using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Fuzzing;

/// <summary>
/// The generators remember models between compilations. On broken variants of every test source, an edit to a
/// second file, from an edit that changes nothing the models read to ones that change what names mean, must give
/// exactly the output and diagnostics a first run on the edited project gives.
/// </summary>
public sealed class IncrementalFuzzTests
{
    private const int Variants = 400;

    private const string Companion = """
        namespace Fuzzed
        {
            public static class Limits { public const int Base = 1; }
            public sealed class Service { public int Count() => 1; }
            public enum Shade { Light }
        }
        """;

    private static readonly string[] CompanionEdits =
    [
        // Nothing a model reads.
        Companion.Replace("public int Count() => 1;", "public int Count() => 2; public string Name { get; } = \"x\";", StringComparison.Ordinal),
        // A constant and an enum's members, which members may use.
        Companion.Replace("Base = 1", "Base = 3", StringComparison.Ordinal).Replace("{ Light }", "{ Light = 2, Dark }", StringComparison.Ordinal),
        // Names that now mean something in every file.
        "global using Imp;\n" + Companion,
        "global using WireName = Imp.WireNameAttribute;\nglobal using Next = Imp.TerminalPhaseAttribute;\n" + Companion,
        // A type that shadows the attributes in the variants' own namespace.
        Companion + "\nnamespace Fuzzed { public sealed class WireNameAttribute : System.Attribute { public WireNameAttribute(string name) { } } }",
        // Twins and case twins of the variants' types.
        Companion + "\nnamespace Fuzzed { public static class Holder { [Imp.WireEnum] public enum Phase { A } [Imp.WireEnum] public enum TurnPhase { A } } public sealed class turnPhase { } }",
        string.Empty,
    ];

    [Fact]
    public void Incremental_runs_after_edits_elsewhere_match_a_first_run()
    {
        string[] seeds = GeneratorFuzzTests.Seeds().ToArray();
        var mutator = new SourceMutator(seed: 20261201);
        // Every seed unbroken, then broken variants of them.
        string[] variants = seeds.Concat(Enumerable.Range(0, Variants).Select(i => mutator.Mutate(seeds[i % seeds.Length]))).ToArray();

        var failures = new ConcurrentBag<string>();
        int changed = 0;
        Parallel.For(0, variants.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string edit = CompanionEdits[i % CompanionEdits.Length];
            (string? failure, bool outputChanged) = Check(variants[i], edit);
            if (outputChanged)
            {
                System.Threading.Interlocked.Increment(ref changed);
            }

            if (failure is not null)
            {
                failures.Add(failure + "\n--- edit ---\n" + edit + "\n--- source ---\n" + variants[i]);
            }
        });

        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(3)));

        // The edits must change the output often enough that a stale model would have shown.
        changed.ShouldBeGreaterThan(variants.Length / 10);
    }

    private static (string? Failure, bool OutputChanged) Check(string variant, string edit)
    {
        Compilation before = TestCompilation.FromTrees(TestCompilation.Parse(variant, "Source0.cs"), TestCompilation.Parse(Companion, "Companion.cs"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(before);
        string first = Output(driver);

        Compilation after = Caching.Replace(before, before.SyntaxTrees.Last(), edit);
        string incremental = Output(driver.RunGenerators(after));
        string fresh = Output(GeneratorHarness.CreateDriver().RunGenerators(
            TestCompilation.FromTrees(TestCompilation.Parse(variant, "Source0.cs"), TestCompilation.Parse(edit, "Companion.cs"))));

        return (incremental == fresh ? null : $"incremental:\n{incremental}\nfirst run:\n{fresh}", fresh != first);
    }

    private static string Output(GeneratorDriver driver)
    {
        GeneratorDriverRunResult run = driver.GetRunResult();
        IEnumerable<string> files = run.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "// " + s.HintName + "\n" + s.SourceText);
        return string.Join("\n", run.Diagnostics.Select(d => d.ToString()).Concat(files));
    }
}
