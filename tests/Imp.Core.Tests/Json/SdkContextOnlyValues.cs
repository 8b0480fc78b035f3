using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Imp.Core.Tests.Json;

/// <summary>One value of each kind of SDK domain value, by name: every run event, decision, status and stream event.</summary>
internal static class SdkContextOnlyValues
{
    private static readonly RecoveryCheckpoint Checkpoint = new(1, 2, RecoveryCheckpointKind.ToolExecutionStart, "call_1", "edit", "0123456789abcdef", null, null, 1_747_526_400_000);

    private static readonly RunFinalStatus Concerns = new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["tests not run", "\u001b[31mred"]);

    public static IReadOnlyDictionary<string, object> All { get; } = new Dictionary<string, object>
    {
        ["run_event.run_started"] = new RunEvent.RunStarted("Fix \"it\" — größe\n"),
        ["run_event.phase_entered"] = new RunEvent.PhaseEntered(0, TurnPhase.SampleModel),
        ["run_event.command_received"] = new RunEvent.CommandReceived(1, RunCommand.Steer, "look at tests"),
        ["run_event.command_received.cancel"] = new RunEvent.CommandReceived(1, RunCommand.Cancel, null),
        ["run_event.model_retry"] = new RunEvent.ModelRetry(0, 2, 1500, "rate limited"),
        ["run_event.assistant_message"] = new RunEvent.AssistantMessage(3, "done", 2),
        ["run_event.model_failed"] = new RunEvent.ModelFailed(4, "overloaded"),
        ["run_event.tool_started"] = new RunEvent.ToolStarted(1, 0, "call_1", "read_file", ToolRisk.ReadOnly),
        ["run_event.tool_finished"] = new RunEvent.ToolFinished(1, 1, "call_2", "write_file", ToolOutcome.TimedOut, 30_000, "timed out"),
        ["run_event.decision_made"] = new RunEvent.DecisionMade(2, new LoopDecision.Continue(ContinueReason.ExecutionDebt, "run the tests")),
        ["run_event.gate_checked"] = new RunEvent.GateChecked("unit", "unit tests", VerificationGateRequirement.Required, VerificationGateStatus.Failed, null),
        ["run_event.run_finished"] = new RunEvent.RunFinished(Concerns, 5),
        ["run_event.run_resumed"] = new RunEvent.RunResumed(2),
        ["run_event.checkpoint_recorded"] = new RunEvent.CheckpointRecorded(Checkpoint),
        ["recovery_checkpoint"] = Checkpoint,
        ["recovery_reconciliation"] = new RecoveryReconciliation(1, [new IncompleteToolRecovery("c", null, "ab", false, IncompleteToolState.StartedNotCompleted)], []),
        ["run_record.run_started"] = new RunRecord.RunStarted("run_1", "fix it"),
        ["run_record.message_added"] = new RunRecord.MessageAdded("run_1", 0, JsonDocument.Parse("{\"role\":\"user\",\"contents\":[{\"$type\":\"text\",\"text\":\"hi\"}]}").RootElement.Clone()),
        ["run_record.checkpoint_recorded"] = new RunRecord.CheckpointRecorded("run_1", Checkpoint),
        ["run_record.tool_finished"] = new RunRecord.ToolFinished("run_1", 0, 1, "c", "read", ToolOutcome.Succeeded, "text", 12),
        ["run_record.turn_ended"] = new RunRecord.TurnEnded("run_1", 2, new LoopDecision.Finish(Concerns), new TurnState(2, TurnPhase.DecideNext, null, 0, 0)),
        ["run_record.run_finished"] = new RunRecord.RunFinished("run_1", Concerns, 3),
        ["loop_decision.continue"] = new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, "read the output"),
        ["loop_decision.finish"] = new LoopDecision.Finish(Concerns),
        ["run_final_status.done"] = new RunFinalStatus.Done(StopReason.WorkCompleted),
        ["run_final_status.blocked"] = new RunFinalStatus.Blocked(StopReason.UserBlocker, "needs a token"),
        ["run_final_status.needs_user_input"] = new RunFinalStatus.NeedsUserInput("which branch?"),
        ["run_final_status.cancelled"] = new RunFinalStatus.Cancelled(),
        ["run_final_status.failed"] = new RunFinalStatus.Failed("disk full"),
        ["turn_state"] = new TurnState(2, TurnPhase.ExecuteTools, ContinueReason.ExecutionDebt, plannedTools: 2, completedTools: 1),
        ["tool_plan"] = new ToolPlan(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, [Call(0, "call_1", "read_file", """{"path":"src/lib.rs"}""", ToolRisk.ReadOnly, true), Call(1, "call_2", "write_file", """{"path":"größe.txt"}""", ToolRisk.Mutable, false)]),
        ["planned_tool_call"] = Call(3, "call_9", "search", """{"query":"TODO","max":[1,2.5,null,true]}""", ToolRisk.ExternalSideEffect, false),
        ["verification_gate.pending"] = VerificationGate.Command("unit", "cargo test"),
        ["verification_gate.failed"] = FailedGate(),
        ["verification_gate_result"] = new VerificationGateResult { ExitCode = 101, DurationMs = 1234, Summary = "2 failed", StdoutSummary = "ok", StderrSummary = "panic" },
        ["stream_event.message_start"] = new StreamEvent.MessageStart("claude"),
        ["stream_event.text_delta"] = new StreamEvent.TextDelta("Hello <b>"),
        ["stream_event.thinking_delta"] = new StreamEvent.ThinkingDelta("hmm"),
        ["stream_event.tool_call"] = new StreamEvent.ToolCall("call_1", "read_file", JsonDocument.Parse("""{"path":"a.rs"}""").RootElement.Clone()),
        ["stream_event.message_end"] = new StreamEvent.MessageEnd(new AssistantMessage { Content = [new ContentBlock.TextBlock("hi")], Usage = new Usage { InputTokens = 120 }, StopReason = new ModelStopReason.EndTurn(), Timestamp = 1_700_000_000 }),
        ["stream_event.error"] = StreamEvent.Error.From("overloaded_error", "Overloaded"),
    };

    /// <summary>The type a value is serialized as: its union for a variant, else its own type.</summary>
    public static Type DeclaredType(object value) => value switch
    {
        RunEvent => typeof(RunEvent),
        RunRecord => typeof(RunRecord),
        LoopDecision => typeof(LoopDecision),
        RunFinalStatus => typeof(RunFinalStatus),
        StreamEvent => typeof(StreamEvent),
        _ => value.GetType(),
    };

    private static PlannedToolCall Call(ulong index, string id, string name, string arguments, ToolRisk risk, bool retrySafe) =>
        new(index, id, name, JsonDocument.Parse(arguments).RootElement, risk, retrySafe);

    private static VerificationGate FailedGate()
    {
        VerificationGate gate = VerificationGate.Command("lint", "cargo clippy");
        gate.MarkFailed(VerificationGateResult.Failed(1) with { Summary = "3 warnings" });
        return gate;
    }
}
