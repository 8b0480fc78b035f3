using System;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Turn;

/// <summary>TurnState: imp-core's fields and JSON, with phase changes checked against the generated table.</summary>
public sealed class TurnStateTests
{
    [Fact]
    public void A_new_turn_starts_receiving_commands_and_serializes_as_imp_core_does()
    {
        var state = new TurnState(0);

        state.Phase.ShouldBe(TurnPhase.ReceiveCommands);
        state.ContinueReason.ShouldBeNull();
        JsonSerializer.Serialize(state, ImpJson.Options)
            .ShouldBe("""{"index":0,"phase":"receive_commands","continue_reason":null,"planned_tools":0,"completed_tools":0}""");
    }

    [Fact]
    public void A_tool_turn_records_its_plan_results_and_reason()
    {
        var state = new TurnState(7);
        foreach (TurnPhase phase in new[] { TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel, TurnPhase.FinalizeAssistantMessage, TurnPhase.PlanTools })
        {
            state.Enter(phase);
        }

        state.RecordToolPlan(3);
        state.Enter(TurnPhase.ExecuteTools);
        state.RecordToolResults(3);
        state.Enter(TurnPhase.RecordObservations);
        state.Enter(TurnPhase.AssessTurn);
        state.Enter(TurnPhase.DecideNext);
        state.RecordContinue(ContinueReason.ToolResultsNeedInterpretation);

        JsonSerializer.Serialize(state, ImpJson.Options).ShouldBe(
            """{"index":7,"phase":"decide_next","continue_reason":"tool_results_need_interpretation","planned_tools":3,"completed_tools":3}""");
    }

    [Fact]
    public void An_illegal_phase_is_refused_naming_the_turn_both_phases_and_the_allowed_ones()
    {
        var state = new TurnState(3);
        state.Enter(TurnPhase.PreTurn);
        state.Enter(TurnPhase.BuildContext);
        state.Enter(TurnPhase.SampleModel);

        state.TryEnter(TurnPhase.ExecuteTools).ShouldBeFalse();
        PhaseTransitionException error = Should.Throw<PhaseTransitionException>(() => state.Enter(TurnPhase.ExecuteTools));

        state.Phase.ShouldBe(TurnPhase.SampleModel);
        error.Turn.ShouldBe(3);
        error.Message.ShouldBe(
            "Turn 3 cannot enter execute_tools from sample_model; allowed from sample_model: finalize_assistant_message, record_observations, finish.");
    }

    [Fact]
    public void A_finished_turn_enters_nothing()
    {
        var state = new TurnState(1);
        state.Enter(TurnPhase.Finish);

        Should.Throw<PhaseTransitionException>(() => state.Enter(TurnPhase.ReceiveCommands))
            .Message.ShouldBe("Turn 1 cannot enter receive_commands from finish; finish is terminal: no phase may follow it.");
    }

    [Fact]
    public void Tool_counts_stay_consistent()
    {
        var state = new TurnState(0);
        state.RecordToolPlan(2);

        Should.Throw<ArgumentOutOfRangeException>(() => state.RecordToolResults(3)).Message.ShouldContain("between 0 and the 2 planned");
        state.RecordToolResults(2);
        Should.Throw<ArgumentOutOfRangeException>(() => state.RecordToolPlan(1)).Message.ShouldContain("2 tool calls have already completed");
        state.PlannedTools.ShouldBe(2UL);
        state.CompletedTools.ShouldBe(2UL);
    }

    [Fact]
    public void Undefined_values_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0).RecordContinue((ContinueReason)99));
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0, (TurnPhase)99, null, 0, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnState(0, TurnPhase.PreTurn, (ContinueReason)99, 0, 0));
    }

    [Fact]
    public void JSON_round_trips_and_reading_is_strict()
    {
        const string json = """{"index":4294967295,"phase":"plan_tools","continue_reason":"execution_debt","planned_tools":5,"completed_tools":1}""";

        TurnState state = JsonSerializer.Deserialize<TurnState>(json, ImpJson.Options)!;

        state.Index.ShouldBe(uint.MaxValue);
        state.Phase.ShouldBe(TurnPhase.PlanTools);
        state.ContinueReason.ShouldBe(ContinueReason.ExecutionDebt);
        JsonSerializer.Serialize(state, ImpJson.Options).ShouldBe(json);

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnState>(
            """{"index":0,"phase":"PlanTools","continue_reason":null,"planned_tools":0,"completed_tools":0}""", ImpJson.Options))
            .Message.ShouldContain("\"PlanTools\" is not a TurnPhase wire name");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnState>(
            """{"index":0,"continue_reason":null,"planned_tools":0,"completed_tools":0}""", ImpJson.Options))
            .Message.ShouldContain("phase");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<TurnState>(
            """{"index":-1,"phase":"finish","continue_reason":null,"planned_tools":0,"completed_tools":0}""", ImpJson.Options));
        Should.Throw<ArgumentOutOfRangeException>(() => JsonSerializer.Deserialize<TurnState>(
            """{"index":0,"phase":"finish","continue_reason":null,"planned_tools":1,"completed_tools":2}""", ImpJson.Options));
    }

    [Fact]
    public void A_missing_continue_reason_reads_as_none_like_serde_option()
    {
        TurnState state = JsonSerializer.Deserialize<TurnState>(
            """{"index":2,"phase":"finish","planned_tools":0,"completed_tools":0}""", ImpJson.Options)!;

        state.ContinueReason.ShouldBeNull();
    }
}
