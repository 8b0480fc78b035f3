using System.Linq;
using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireEnums;

/// <summary>Edits cost only what they touch: an unrelated file regenerates nothing, one enum regenerates one file.</summary>
public sealed class WireEnumCachingTests
{
    private const string Colors = """
        [Imp.WireEnum]
        public enum Color { Red, Green }
        """;

    private const string Shapes = """
        [Imp.WireEnum]
        public enum Shape { Circle, Square }
        """;

    [Fact]
    public void An_edit_to_an_unrelated_file_regenerates_nothing()
    {
        Compilation compilation = TestCompilation.Create(Colors, Shapes, "public class Unrelated { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree unrelated = compilation.SyntaxTrees.Last();
        Compilation edited = compilation.ReplaceSyntaxTree(
            unrelated,
            CSharpSyntaxTree.ParseText("public class Unrelated { public int Added; }", TestCompilation.ParseOptions, unrelated.FilePath));
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        GeneratorHarness.StepReasons(rerun)[TrackingNames.WireEnumModels]
            .ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
        rerun.Results.SelectMany(r => r.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs))
            .Select(o => o.Reason)
            .ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void An_edit_to_one_enum_regenerates_only_that_enum()
    {
        Compilation compilation = TestCompilation.Create(Colors, Shapes);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree colors = compilation.SyntaxTrees.First();
        Compilation edited = compilation.ReplaceSyntaxTree(
            colors,
            CSharpSyntaxTree.ParseText("[Imp.WireEnum] public enum Color { Red, Green, Blue }", TestCompilation.ParseOptions, colors.FilePath));
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        IncrementalStepRunReason[] reasons = GeneratorHarness.StepReasons(rerun)[TrackingNames.WireEnumModels];
        reasons.Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        reasons.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(1);
        rerun.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == "Color.WireEnum.g.cs")
            .SourceText.ToString().ShouldContain("global::Color.Blue,");
    }

    [Fact]
    public void A_trivia_only_edit_to_an_enum_keeps_its_model_unchanged()
    {
        Compilation compilation = TestCompilation.Create(Colors);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree colors = compilation.SyntaxTrees.Single();
        Compilation edited = compilation.ReplaceSyntaxTree(
            colors,
            CSharpSyntaxTree.ParseText("// a comment\n" + Colors, TestCompilation.ParseOptions, colors.FilePath));
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        GeneratorHarness.StepReasons(rerun)[TrackingNames.WireEnumModels]
            .ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
    }
}
