using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Shouldly;
using Stateless;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>
/// The generated configuration on the real Stateless, for machines whose phases are their own triggers: the SDK's
/// TurnPhase, as it ships in Imp.Core, and a user's Door with a re-entry and phases reachable from anywhere.
/// </summary>
public sealed class StatelessConfigurationTests
{
    [Fact]
    public void TurnPhase_ships_a_configured_machine_in_one_line()
    {
        StateMachine<TurnPhase, TurnPhase> machine = TurnPhaseTransitions.CreateStateMachine();

        machine.State.ShouldBe(TurnPhase.ReceiveCommands);
        machine.Fire(TurnPhase.PreTurn);
        machine.State.ShouldBe(TurnPhase.PreTurn);
        machine.CanFire(TurnPhase.SampleModel).ShouldBeFalse();
    }

    [Fact]
    public Task TurnPhase_permits_in_each_phase_exactly_the_phases_the_table_allows() =>
        AssertPermittedTriggersAreAllowedNext(TurnPhaseExtensions.GetValues(), TurnPhaseTransitions.AllowedNext, TurnPhaseTransitions.CreateStateMachine);

    [Fact]
    public Task Door_permits_in_each_phase_exactly_the_phases_the_table_allows() =>
        AssertPermittedTriggersAreAllowedNext(DoorExtensions.GetValues(), DoorTransitions.AllowedNext, DoorTransitions.CreateStateMachine);

    [Fact]
    public void TurnPhase_every_legal_firing_lands_where_the_table_says_and_every_other_is_refused() =>
        AssertFiring(TurnPhaseExtensions.GetValues(), TurnPhaseTransitions.CanTransition, TurnPhaseTransitions.CreateStateMachine);

    [Fact]
    public void Door_every_legal_firing_lands_where_the_table_says_and_every_other_is_refused() =>
        AssertFiring(DoorExtensions.GetValues(), DoorTransitions.CanTransition, DoorTransitions.CreateStateMachine);

    [Fact]
    public void A_self_loop_is_a_reentry_that_runs_exit_and_entry_actions_again()
    {
        var log = new List<string>();
        StateMachine<Door, Door> machine = DoorTransitions.CreateStateMachine();
        machine.Configure(Door.Opening).OnEntry(() => log.Add("enter")).OnExit(() => log.Add("exit"));

        machine.Fire(Door.Opening);
        machine.Fire(Door.Opening);

        log.ShouldBe(["enter", "exit", "enter"]);
        machine.State.ShouldBe(Door.Opening);
    }

    [Fact]
    public async Task Entry_and_exit_actions_and_trigger_parameters_added_afterwards_run_on_the_generated_transitions()
    {
        var log = new List<string>();
        StateMachine<TurnPhase, TurnPhase> machine = TurnPhaseTransitions.CreateStateMachine();
        StateMachine<TurnPhase, TurnPhase>.TriggerWithParameters<string> finish = machine.SetTriggerParameters<string>(TurnPhase.Finish);
        machine.Configure(TurnPhase.PreTurn).OnEntry(t => log.Add($"enter pre_turn from {t.Source}")).OnExit(() => log.Add("exit pre_turn"));
        machine.Configure(TurnPhase.Finish).OnEntryFrom(finish, (reason, t) => log.Add($"finish from {t.Source}: {reason}"));
        machine.OnTransitioned(t => log.Add($"{t.Source} -> {t.Destination}"));

        machine.Fire(TurnPhase.PreTurn);
        machine.Fire(TurnPhase.BuildContext);
        machine.Fire(finish, "cancelled");

        // Stateless's order: exit actions, then OnTransitioned, then entry actions.
        log.ShouldBe(
        [
            "ReceiveCommands -> PreTurn",
            "enter pre_turn from ReceiveCommands",
            "exit pre_turn",
            "PreTurn -> BuildContext",
            "BuildContext -> Finish",
            "finish from BuildContext: cancelled",
        ]);
        (await machine.PermittedTriggersAsync).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_machine_whose_phase_lives_outside_it_reads_and_writes_it_through_the_delegates()
    {
        TurnPhase phase = TurnPhase.SampleModel;
        StateMachine<TurnPhase, TurnPhase> machine = TurnPhaseTransitions.CreateStateMachine(() => phase, p => phase = p);

        machine.Fire(TurnPhase.RecordObservations);
        phase.ShouldBe(TurnPhase.RecordObservations);

        phase = TurnPhase.DecideNext;
        (await machine.PermittedTriggersAsync).ShouldBe([TurnPhase.ReceiveCommands, TurnPhase.Finish], ignoreOrder: true);
    }

    [Fact]
    public void ConfigureTransitions_returns_the_machine_and_refuses_null_arguments()
    {
        var machine = new StateMachine<Door, Door>(Door.Closed);
        machine.ConfigureTransitions().ShouldBeSameAs(machine);

        Should.Throw<ArgumentNullException>(() => DoorTransitions.ConfigureTransitions(null!)).ParamName.ShouldBe("machine");
        Should.Throw<ArgumentNullException>(() => new StateMachine<Door, Door>(Door.Closed).ConfigureTransitions(guardDescription: null!))
            .ParamName.ShouldBe("guardDescription");
        Should.Throw<ArgumentNullException>(() => TurnPhaseTransitions.CreateStateMachine(null!, _ => { }));
        Should.Throw<ArgumentNullException>(() => TurnPhaseTransitions.CreateStateMachine(guardDescription: null!)).ParamName.ShouldBe("guardDescription");
        TurnPhase phase = TurnPhase.ReceiveCommands;
        Should.Throw<ArgumentNullException>(() => TurnPhaseTransitions.CreateStateMachine(() => phase, p => phase = p, guardDescription: null!))
            .ParamName.ShouldBe("guardDescription");
    }

    internal static async Task AssertPermittedTriggersAreAllowedNext<TPhase>(
        ImmutableArray<TPhase> phases,
        Func<TPhase, ImmutableArray<TPhase>> allowedNext,
        Func<Func<TPhase>, Action<TPhase>, Func<TPhase, TPhase, bool>?, string, StateMachine<TPhase, TPhase>> create)
        where TPhase : struct, Enum
    {
        TPhase current = phases[0];
        StateMachine<TPhase, TPhase> machine = create(() => current, p => current = p, null, "guard");
        foreach (TPhase phase in phases)
        {
            current = phase;
            (await machine.GetPermittedTriggersAsync()).ShouldBe(allowedNext(phase), ignoreOrder: true, customMessage: phase.ToString());
        }
    }

    internal static void AssertFiring<TPhase>(
        ImmutableArray<TPhase> phases,
        Func<TPhase, TPhase, bool> canTransition,
        Func<Func<TPhase>, Action<TPhase>, Func<TPhase, TPhase, bool>?, string, StateMachine<TPhase, TPhase>> create)
        where TPhase : struct, Enum
    {
        TPhase current = phases[0];
        StateMachine<TPhase, TPhase> machine = create(() => current, p => current = p, null, "guard");
        int legal = 0;
        foreach (TPhase from in phases)
        {
            foreach (TPhase to in phases)
            {
                current = from;
                if (canTransition(from, to))
                {
                    legal++;
                    machine.CanFire(to).ShouldBeTrue($"{from} -> {to}");
                    machine.Fire(to);
                    current.ShouldBe(to, $"{from} -> {to}");
                }
                else
                {
                    machine.CanFire(to).ShouldBeFalse($"{from} -> {to}");
                    Should.Throw<InvalidOperationException>(() => machine.Fire(to), $"{from} -> {to}");
                    current.ShouldBe(from);
                }
            }
        }

        legal.ShouldBeGreaterThan(0);
    }
}
