using System.Collections.Generic;
using System.Linq;
using Imp.Benchmarks.Generators;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Scale;

/// <summary>
/// The incremental promises on a project of hundreds of attributed types (the scale benchmark's corpus, smaller):
/// an unrelated edit regenerates nothing, an edit to one enum regenerates that enum's file alone.
/// </summary>
public sealed class ScaleCachingTests
{
    private const int Enums = 300;
    private const int Machines = 20;
    private const int Unions = 60;

    private static readonly ScaleCorpus Corpus = new(Enums, Machines, Unions);

    private readonly Compilation _compilation = TestCompilation.FromTrees(Corpus.Files.Select(f => TestCompilation.Parse(f.Text, f.Path)).ToArray());

    [Fact]
    public void Every_attributed_type_of_the_corpus_is_generated_without_diagnostics()
    {
        GeneratorDriverRunResult run = GeneratorHarness.CreateDriver().RunGenerators(_compilation).GetRunResult();

        run.Diagnostics.ShouldBeEmpty();
        // A phase machine is a wire enum too, so it gets two files.
        Generated(run).Count.ShouldBe(Enums + (2 * Machines) + Unions);
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_and_output_cached()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(_compilation);
        Dictionary<string, string> before = Generated(driver.GetRunResult());

        GeneratorDriverRunResult rerun = driver.RunGenerators(Edit(ScaleCorpus.UnrelatedPath, ScaleCorpus.UnrelatedEdited)).GetRunResult();

        foreach ((string step, IncrementalStepRunReason[] reasons) in GeneratorHarness.StepReasons(rerun))
        {
            reasons.ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, $"step '{step}' did work");
        }

        Caching.OutputReasons(rerun).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Generated(rerun).ShouldBe(before);
    }

    [Fact]
    public void An_edit_to_one_enum_changes_exactly_its_generated_file()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(_compilation);
        Dictionary<string, string> before = Generated(driver.GetRunResult());

        GeneratorDriverRunResult rerun = driver.RunGenerators(Edit(ScaleCorpus.EnumPath, Corpus.EnumEdited)).GetRunResult();
        Dictionary<string, string> after = Generated(rerun);

        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        after.Where(file => before[file.Key] != file.Value).Select(file => file.Key).ShouldBe([ScaleCorpus.EditedHintName]);
        after[ScaleCorpus.EditedHintName].ShouldContain("\"added_later\"");
        Caching.OutputReasons(rerun).Count(r => r != IncrementalStepRunReason.Cached).ShouldBe(1);
    }

    private Compilation Edit(string path, string text) =>
        Caching.Replace(_compilation, _compilation.SyntaxTrees.Single(tree => tree.FilePath == path), text);

    private static Dictionary<string, string> Generated(GeneratorDriverRunResult run) =>
        run.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
