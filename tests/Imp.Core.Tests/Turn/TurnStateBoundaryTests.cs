using System;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Turn;

/// <summary>TurnState's argument checks, at their boundaries and with their messages (found by the mutation run).</summary>
public sealed class TurnStateBoundaryTests
{
    [Fact]
    public void An_undeclared_phase_is_refused_with_its_message()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0, (TurnPhase)99, null, 0, 0));

        error.ParamName.ShouldBe("phase");
        error.Message.ShouldStartWith("Not a declared TurnPhase.");
    }

    [Fact]
    public void An_undeclared_continue_reason_is_refused_with_its_message()
    {
        var restoring = Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0, TurnPhase.DecideNext, (ContinueReason)99, 0, 0));
        restoring.ParamName.ShouldBe("continueReason");
        restoring.Message.ShouldStartWith("Not a declared ContinueReason.");

        var recording = Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0).RecordContinue((ContinueReason)99));
        recording.ParamName.ShouldBe("reason");
        recording.Message.ShouldStartWith("Not a declared ContinueReason.");
    }

    [Fact]
    public void Counts_take_the_whole_usize_range()
    {
        var state = new TurnState(0, TurnPhase.PlanTools, null, ulong.MaxValue, ulong.MaxValue);
        (state.PlannedTools, state.CompletedTools).ShouldBe((ulong.MaxValue, ulong.MaxValue));
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0, TurnPhase.PlanTools, null, 1, 2)).ParamName.ShouldBe("completedTools");
    }

    [Fact]
    public void A_plan_may_be_restated_as_exactly_the_completed_count()
    {
        var state = new TurnState(0);
        state.RecordToolPlan(2);
        state.RecordToolResults(2);

        state.RecordToolPlan(2);

        state.PlannedTools.ShouldBe(2UL);
        Should.Throw<ArgumentOutOfRangeException>(() => state.RecordToolPlan(1)).Message.ShouldContain("2 tool calls have already completed");
    }
}
