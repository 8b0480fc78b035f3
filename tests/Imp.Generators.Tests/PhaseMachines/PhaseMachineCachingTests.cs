using System.Linq;
using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>Phase machines are regenerated only when their own enum changes.</summary>
public sealed class PhaseMachineCachingTests
{
    private const string Door = """
        [Imp.PhaseMachine]
        public enum Door { [Imp.InitialPhase, Imp.Next(Open)] Closed, [Imp.Next(Closed)] Open }
        """;

    private const string Light = """
        [Imp.PhaseMachine]
        public enum Light { [Imp.InitialPhase, Imp.Next(On)] Off, [Imp.Next(Off)] On }
        """;

    [Fact]
    public void An_edit_to_an_unrelated_file_regenerates_nothing()
    {
        Compilation compilation = TestCompilation.Create(Door, Light, "public class Unrelated { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        Compilation edited = Replace(compilation, compilation.SyntaxTrees.Last(), "public class Unrelated { public int Added; }");
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        GeneratorHarness.StepReasons(rerun)[TrackingNames.PhaseMachineModels]
            .ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
        rerun.Results.SelectMany(r => r.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void An_edit_to_one_machine_regenerates_only_that_machine()
    {
        Compilation compilation = TestCompilation.Create(Door, Light);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        Compilation edited = Replace(compilation, compilation.SyntaxTrees.First(), """
            [Imp.PhaseMachine]
            public enum Door { [Imp.InitialPhase, Imp.Next(Open)] Closed, [Imp.Next(Closed, Open)] Open }
            """);
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        IncrementalStepRunReason[] reasons = GeneratorHarness.StepReasons(rerun)[TrackingNames.PhaseMachineModels];
        reasons.Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(1);
        rerun.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == "Door.PhaseMachine.g.cs")
            .SourceText.ToString().ShouldContain("(global::Door.Open, global::Door.Open),");
    }

    private static Compilation Replace(Compilation compilation, SyntaxTree tree, string source) =>
        compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, tree.FilePath));
}
