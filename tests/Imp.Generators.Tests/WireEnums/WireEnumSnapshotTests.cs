using System.Linq;
using Imp.Generators.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireEnums;

/// <summary>Pins the code users read and compile: the imp enums' and every edge case's generated files.</summary>
public sealed class WireEnumSnapshotTests
{
    public static TheoryData<string> ImpEnumSources { get; } = new()
    {
        "src/Imp.Core/Turn/TurnPhase.cs",
        "src/Imp.Core/Turn/ContinueReason.cs",
        "src/Imp.Core/Turn/StopReason.cs",
        "src/Imp.Core/Tools/ToolRisk.cs",
        "src/Imp.Core/Tools/ToolExecutionMode.cs",
        "src/Imp.Core/Retry/RetryCondition.cs",
        "src/Imp.Core/Closeout/VerificationGateStatus.cs",
        "src/Imp.Core/Closeout/VerificationGateRequirement.cs",
        "src/Imp.Core/Closeout/VerificationCloseoutEffect.cs",
    };

    [Theory]
    [MemberData(nameof(ImpEnumSources))]
    public void Imp_enum_generated_code_matches_snapshot(string path)
    {
        GeneratorRun run = GeneratorHarness.Run(RepoPaths.ReadSource(path));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        // The sources redeclare types that the referenced Imp.Core also holds (CS0436); nothing else may appear.
        run.NewCompilerDiagnostics().Where(d => d.Id != "CS0436").ShouldBeEmpty();
        string name = System.IO.Path.GetFileNameWithoutExtension(path);
        Snapshot.ShouldMatch(run.Source($"Imp.{name}.WireEnum.g.cs"), name);
    }

    [Fact]
    public void Edge_case_enums_generate_warning_free_code_that_matches_snapshots()
    {
        GeneratorRun run = GeneratorHarness.Run(EdgeCaseSources.EveryEdgeCase, EdgeCaseSources.GlobalNamespace);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal).ShouldBe(
        [
            "Edge.Cases.Empty.WireEnum.g.cs",
            "Edge.Cases.Outer.Nested.WireEnum.g.cs",
            "Edge.Cases.Outer.NestedInternal.WireEnum.g.cs",
            "Edge.Cases.Shapes.WireEnum.g.cs",
            "Edge.Cases.Wide.WireEnum.g.cs",
            "GlobalColor.WireEnum.g.cs",
        ]);

        foreach ((string hintName, string text) in run.GeneratedSources)
        {
            Snapshot.ShouldMatch(text, hintName.Replace(".WireEnum.g.cs", string.Empty, System.StringComparison.Ordinal));
        }
    }
}
