using System.Linq;
using Imp.Generators.Model;
using Imp.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
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
    public void An_edit_to_an_unrelated_file_regenerates_nothing() =>
        Caching.AssertUnrelatedEditRegeneratesNothing(TrackingNames.WireEnumModels, Colors, Shapes);

    [Fact]
    public void An_edit_to_one_enum_regenerates_only_that_enum() =>
        Caching.AssertEditRegeneratesOnlyThatType(
            TrackingNames.WireEnumModels,
            Colors,
            Shapes,
            "[Imp.WireEnum] public enum Color { Red, Green, Blue }",
            "Color.WireEnum.g.cs",
            "global::Color.Blue,");

    [Fact]
    public void A_trivia_only_edit_to_an_enum_keeps_its_model_unchanged()
    {
        Compilation compilation = TestCompilation.Create(Colors);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        Compilation edited = Caching.Replace(compilation, compilation.SyntaxTrees.Single(), "// a comment\n" + Colors);
        GeneratorDriverRunResult rerun = driver.RunGenerators(edited).GetRunResult();

        GeneratorHarness.StepReasons(rerun)[TrackingNames.WireEnumModels]
            .ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
    }
}
