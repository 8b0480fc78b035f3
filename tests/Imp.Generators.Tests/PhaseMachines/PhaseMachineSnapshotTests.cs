using System;
using System.Linq;
using Imp.Generators.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.PhaseMachines;

/// <summary>Pins the generated transition tables, machines, diagrams and Stateless configuration.</summary>
public sealed class PhaseMachineSnapshotTests
{
    [Fact]
    public void TurnPhase_machine_matches_snapshot()
    {
        GeneratorRun run = GeneratorHarness.Run(RepoPaths.ReadSource("src/Imp.Core/Turn/TurnPhase.cs"));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        // The source redeclares a type that the referenced Imp.Core also holds (CS0436); nothing else may appear.
        run.NewCompilerDiagnostics().Where(d => d.Id != "CS0436").ShouldBeEmpty();
        Snapshot.ShouldMatch(run.Source("TurnPhase.PhaseMachine.g.cs"), "TurnPhase");
    }

    [Fact]
    public void Edge_case_machines_generate_warning_free_code_that_matches_snapshots()
    {
        GeneratorRun run = GeneratorHarness.Run(PhaseMachineSources.EveryEdgeCase);

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        string[] machines = run.GeneratedSources.Select(s => s.HintName)
            .Where(n => n.EndsWith(".PhaseMachine.g.cs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        machines.ShouldBe(["Machines.Door.PhaseMachine.g.cs", "Machines.Keywords.PhaseMachine.g.cs", "Machines.Outer.Light.PhaseMachine.g.cs", "Machines.Sparse.PhaseMachine.g.cs", "Machines.Versions.PhaseMachine.g.cs"]);
        foreach (string hintName in machines)
        {
            run.Source(hintName).ShouldNotContain("Stateless");
            Snapshot.ShouldMatch(run.Source(hintName), hintName.Replace(".PhaseMachine.g.cs", string.Empty, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PhaseMachine_implies_WireEnum()
    {
        GeneratorRun run = GeneratorHarness.Run(PhaseMachineSources.EveryEdgeCase);

        run.GeneratedSources.Select(s => s.HintName).ShouldContain("Machines.Door.WireEnum.g.cs");
        run.Source("Machines.Door.WireEnum.g.cs").ShouldContain("case \"jammed\":");
    }

    [Fact]
    public void With_Stateless_referenced_the_configuration_method_is_generated()
    {
        GeneratorRun run = GeneratorHarness.Run(TestCompilation.CreateWithStateless(PhaseMachineSources.EveryEdgeCase));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        Snapshot.ShouldMatch(run.Source("Machines.Door.PhaseMachine.g.cs"), "Door.WithStateless");
        // Only Door has a self-loop, so only it re-enters; every machine gets the configuration.
        run.Source("Machines.Versions.PhaseMachine.g.cs").ShouldNotContain("PermitReentry(phase,");
        run.Source("Machines.Outer.Light.PhaseMachine.g.cs").ShouldContain("public static global::Stateless.StateMachine<global::Machines.Outer.Light, global::Machines.Outer.Light> CreateStateMachine(");
    }

    [Fact]
    public void TurnPhase_as_it_ships_in_Imp_Core_has_its_Stateless_configuration()
    {
        GeneratorRun run = GeneratorHarness.Run(TestCompilation.CreateWithStateless(RepoPaths.ReadSource("src/Imp.Core/Turn/TurnPhase.cs")));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().Where(d => d.Id != "CS0436").ShouldBeEmpty();
        Snapshot.ShouldMatch(run.Source("TurnPhase.PhaseMachine.g.cs"), "TurnPhase.WithStateless");
    }

    [Fact]
    public void A_machine_with_a_trigger_enum_gets_the_trigger_table_fire_and_a_stateless_configuration_by_trigger()
    {
        GeneratorRun run = GeneratorHarness.Run(TestCompilation.CreateWithStateless(PhaseMachineSources.WithTriggers));

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.NewCompilerDiagnostics().ShouldBeEmpty();
        Snapshot.ShouldMatch(run.Source("Shop.Order.PhaseMachine.g.cs"), "Order.WithTriggers");
    }
}
