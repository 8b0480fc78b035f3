using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>The incremental promises every generator keeps, checked on real edits.</summary>
internal static class Caching
{
    /// <summary>An edit to a file with no attributed type leaves every model and output of <paramref name="modelStep"/> cached.</summary>
    public static void AssertUnrelatedEditRegeneratesNothing(string modelStep, params string[] sources)
    {
        Compilation compilation = TestCompilation.Create([.. sources, "public class Unrelated { }"]);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        Compilation edited = Replace(compilation, compilation.SyntaxTrees.Last(), "public class Unrelated { public int Added; }");
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        GeneratorHarness.StepReasons(rerun)[modelStep]
            .ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
        OutputReasons(rerun).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
    }

    /// <summary>The reasons of every output (each AddSource call) of the run.</summary>
    public static IncrementalStepRunReason[] OutputReasons(GeneratorDriverRunResult run) =>
        run.Results.SelectMany(r => r.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)).Select(o => o.Reason).ToArray();

    /// <summary>
    /// Replacing the first of two sources changes exactly one model of <paramref name="modelStep"/>, and the file
    /// <paramref name="hintName"/> is regenerated with <paramref name="expected"/> in it.
    /// </summary>
    public static void AssertEditRegeneratesOnlyThatType(string modelStep, string first, string second, string editedFirst, string hintName, string expected)
    {
        Compilation compilation = TestCompilation.Create(first, second);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        Compilation edited = Replace(compilation, compilation.SyntaxTrees.First(), editedFirst);
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        IncrementalStepRunReason[] reasons = GeneratorHarness.StepReasons(rerun)[modelStep];
        reasons.Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(1);
        rerun.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == hintName).SourceText.ToString().ShouldContain(expected);
    }

    public static Compilation Replace(Compilation compilation, SyntaxTree tree, string source) =>
        compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, tree.FilePath));
}
