using System;
using System.Linq;
using Imp.Generators.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.WireUnions;

/// <summary>Pins the generated union code: converters, Match/Switch, AsStr, the closing constructor.</summary>
public sealed class WireUnionSnapshotTests
{
    public static TheoryData<string> ImpUnionSources { get; } = new()
    {
        "src/Imp.Core/Turn/RunFinalStatus.cs",
        "src/Imp.Core/Turn/LoopDecision.cs",
        "src/Imp.Core/Streaming/StreamEvent.cs",
        "src/Imp.Core/Closeout/VerificationGateKind.cs",
    };

    [Theory]
    [MemberData(nameof(ImpUnionSources))]
    public void Imp_union_generated_code_matches_snapshot(string path)
    {
        GeneratorRun run = GeneratorHarness.Run(RepoPaths.ReadSource(path));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        // The source redeclares a type that the referenced Imp.Core also holds (CS0436); nothing else may appear.
        run.NewCompilerDiagnostics().Where(d => d.Id != "CS0436").ShouldBeEmpty();
        string name = System.IO.Path.GetFileNameWithoutExtension(path);
        Snapshot.ShouldMatch(run.Source($"Imp.{name}.WireUnion.g.cs"), name);
    }

    [Fact]
    public void Edge_case_union_generates_warning_free_code_that_matches_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(WireUnionSources.EveryEdgeCase);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        Snapshot.ShouldMatch(run.Source("Unions.Outer.Shape.WireUnion.g.cs"), "Shape");
    }

    [Fact]
    public void A_union_without_variants_compiles_and_reads_nothing()
    {
        GeneratorRun run = GeneratorHarness.Run(WireUnionSources.NoVariants);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        run.Source("Nothing.WireUnion.g.cs").ShouldContain("ImmutableArray<string>.Empty");
        Snapshot.ShouldMatch(run.Source("Nothing.WireUnion.g.cs"), "Nothing");
    }

    [Fact]
    public void Names_that_collide_once_made_identifiers_and_converters_in_the_global_namespace_match_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            [Imp.WireEnum] public enum Level { Low, High }

            [Imp.WireUnion]
            public abstract partial record Inner { public sealed record Leaf : Inner; }

            [Imp.WireUnion]
            public abstract partial record Event
            {
                public sealed record Moved(
                    [Imp.WireName("a-b")] int Dash,
                    [Imp.WireName("a_b")] int Underscore,
                    [Imp.WireName("a.b")] int Dot,
                    Level Level,
                    Inner Inner) : Event;
            }
            """);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        Snapshot.ShouldMatch(run.Source("Event.WireUnion.g.cs"), "Event");
    }
}
