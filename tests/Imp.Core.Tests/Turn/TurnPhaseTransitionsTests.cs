using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Turn;

/// <summary>The generated TurnPhase table is imp-core's turn order, and the machine refuses everything else.</summary>
public sealed class TurnPhaseTransitionsTests
{
    // DESIGN.md, "Turn phases", written out by hand: the generated table must equal it.
    private static readonly (TurnPhase From, TurnPhase To)[] TurnOrder =
    [
        (TurnPhase.ReceiveCommands, TurnPhase.PreTurn),
        (TurnPhase.PreTurn, TurnPhase.BuildContext),
        (TurnPhase.BuildContext, TurnPhase.SampleModel),
        (TurnPhase.SampleModel, TurnPhase.FinalizeAssistantMessage),
        (TurnPhase.SampleModel, TurnPhase.RecordObservations),
        (TurnPhase.FinalizeAssistantMessage, TurnPhase.AssessTurn),
        (TurnPhase.FinalizeAssistantMessage, TurnPhase.PlanTools),
        (TurnPhase.PlanTools, TurnPhase.ExecuteTools),
        (TurnPhase.ExecuteTools, TurnPhase.RecordObservations),
        (TurnPhase.RecordObservations, TurnPhase.AssessTurn),
        (TurnPhase.AssessTurn, TurnPhase.DecideNext),
        (TurnPhase.DecideNext, TurnPhase.ReceiveCommands),
    ];

    private static readonly HashSet<(TurnPhase, TurnPhase)> Legal = TurnOrder
        .Concat(TurnPhaseExtensions.GetValues().Where(p => p != TurnPhase.Finish).Select(p => (p, TurnPhase.Finish)))
        .ToHashSet();

    public static TheoryData<TurnPhase, TurnPhase> IllegalPairs { get; } = Pairs(legal: false);

    public static TheoryData<TurnPhase, TurnPhase> LegalPairs { get; } = Pairs(legal: true);

    [Fact]
    public void The_table_is_imp_cores_turn_order_plus_finish_from_every_phase()
    {
        TurnPhaseTransitions.All.ToHashSet().SetEquals(Legal).ShouldBeTrue(string.Join(", ", TurnPhaseTransitions.All));
        TurnPhaseTransitions.All.Length.ShouldBe(Legal.Count);
        TurnPhaseTransitions.Initial.ShouldBe(TurnPhase.ReceiveCommands);
        TurnPhaseExtensions.GetValues().Where(TurnPhaseTransitions.IsTerminal).ShouldBe([TurnPhase.Finish]);
    }

    [Fact]
    public void CanTransition_and_AllowedNext_agree_with_the_table_for_every_pair()
    {
        foreach (TurnPhase from in TurnPhaseExtensions.GetValues())
        {
            foreach (TurnPhase to in TurnPhaseExtensions.GetValues())
            {
                TurnPhaseTransitions.CanTransition(from, to).ShouldBe(Legal.Contains((from, to)), $"{from} -> {to}");
            }

            TurnPhaseTransitions.AllowedNext(from).ToHashSet()
                .SetEquals(Legal.Where(t => t.Item1 == from).Select(t => t.Item2))
                .ShouldBeTrue(from.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void The_machine_enters_every_legal_phase(TurnPhase from, TurnPhase to)
    {
        var machine = new TurnPhaseMachine(from);

        machine.Enter(to);

        machine.Current.ShouldBe(to);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void The_machine_refuses_every_illegal_phase_naming_both_and_the_allowed_ones(TurnPhase from, TurnPhase to)
    {
        var machine = new TurnPhaseMachine(from);

        machine.TryEnter(to).ShouldBeFalse();
        PhaseTransitionException error = Should.Throw<PhaseTransitionException>(() => machine.Enter(to));

        machine.Current.ShouldBe(from);
        error.PhaseType.ShouldBe(typeof(TurnPhase));
        error.From.ShouldBe(from.AsStr());
        error.To.ShouldBe(to.AsStr());
        error.Allowed.ShouldBe(TurnPhaseTransitions.AllowedNext(from).Select(p => p.AsStr()));
        error.Turn.ShouldBeNull();
        string allowed = from == TurnPhase.Finish
            ? "finish is terminal: no phase may follow it"
            : "allowed from " + from.AsStr() + ": " + string.Join(", ", error.Allowed);
        error.Message.ShouldBe($"The TurnPhase machine cannot enter {to.AsStr()} from {from.AsStr()}; {allowed}.");
    }

    [Fact]
    public void A_tool_turn_and_a_plain_turn_run_through_the_machine()
    {
        var machine = new TurnPhaseMachine();
        TurnPhase[] toolTurn =
        [
            TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel, TurnPhase.FinalizeAssistantMessage,
            TurnPhase.PlanTools, TurnPhase.ExecuteTools, TurnPhase.RecordObservations, TurnPhase.AssessTurn,
            TurnPhase.DecideNext, TurnPhase.ReceiveCommands,
        ];
        TurnPhase[] plainTurn =
        [
            TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel, TurnPhase.FinalizeAssistantMessage,
            TurnPhase.AssessTurn, TurnPhase.DecideNext, TurnPhase.Finish,
        ];

        foreach (TurnPhase phase in toolTurn.Concat(plainTurn))
        {
            machine.Enter(phase);
        }

        machine.IsFinished.ShouldBeTrue();
    }

    [Fact]
    public void Random_walks_never_leave_the_table()
    {
        // Fixed seed: every run walks the same 2,000 paths, mixing legal steps with attempts at illegal ones.
        var random = new Random(3);
        TurnPhase[] phases = [.. TurnPhaseExtensions.GetValues()];
        for (int walk = 0; walk < 2_000; walk++)
        {
            var taken = new List<(TurnPhase, TurnPhase)>();
            var machine = new TurnPhaseMachine((from, to) => taken.Add((from, to)));
            for (int step = 0; step < 40 && !machine.IsFinished; step++)
            {
                TurnPhase before = machine.Current;
                TurnPhase next = random.Next(3) == 0
                    ? phases[random.Next(phases.Length)]
                    : machine.AllowedNext[random.Next(machine.AllowedNext.Length)];
                bool entered = machine.TryEnter(next);
                entered.ShouldBe(Legal.Contains((before, next)));
                machine.Current.ShouldBe(entered ? next : before);
            }

            taken.ShouldAllBe(t => Legal.Contains(t));
        }
    }

    private static TheoryData<TurnPhase, TurnPhase> Pairs(bool legal)
    {
        var data = new TheoryData<TurnPhase, TurnPhase>();
        foreach (TurnPhase from in Enum.GetValues<TurnPhase>())
        {
            foreach (TurnPhase to in Enum.GetValues<TurnPhase>())
            {
                if (Legal.Contains((from, to)) == legal)
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }
}
