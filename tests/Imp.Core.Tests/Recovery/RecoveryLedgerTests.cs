using System.Linq;
using Shouldly;
using Xunit;
using K = Imp.RecoveryCheckpointKind;

namespace Imp.Core.Tests.Recovery;

/// <summary>Ports of imp-core's <c>recovery.rs</c> tests, then the edge cases they leave out.</summary>
public sealed class RecoveryLedgerTests
{
    private static RecoveryCheckpoint Checkpoint(K kind, string toolCallId, bool? success, uint turn = 3) =>
        new(1, turn, kind, toolCallId, "tool", "abc", success, null, 0);

    private static RecoveryCheckpoint Bare(K kind, uint turn, bool? success = true) =>
        new(1, turn, kind, null, null, null, success, null, 0);

    private static RecoveryCheckpoint Edit(K kind, string id, bool? success, uint turn = 4) =>
        new(1, turn, kind, id, "edit", "def", success, null, 0);

    // recovery.rs: latest_finished_turn_ignores_in_progress_next_turn
    [Fact]
    public void Latest_finished_turn_ignores_in_progress_next_turn()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.ToolPlanCreated, "finished", false),
            Checkpoint(K.ToolExecutionStart, "finished", null),
            Checkpoint(K.ToolExecutionEnd, "finished", true),
            Checkpoint(K.ToolResultAddedToContext, "finished", true),
            Bare(K.AssistantMessageFinalized, 3),
            Edit(K.ToolPlanCreated, "in_progress", false),
            Edit(K.ToolExecutionStart, "in_progress", null),
        ]);

        RecoveryReconciliation reconciliation = ledger.ReconcileLatestFinishedTurn().ShouldNotBeNull();
        reconciliation.Turn.ShouldBe(3u);
        reconciliation.IsSafeToContinue.ShouldBeTrue();
    }

    // recovery.rs: later_tool_result_marks_tool_turn_finished
    [Fact]
    public void Later_tool_result_marks_tool_turn_finished()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.AssistantMessageFinalized, string.Empty, true),
            Checkpoint(K.ToolPlanCreated, "call", false),
            Checkpoint(K.ToolExecutionStart, "call", null),
            Checkpoint(K.ToolExecutionEnd, "call", true),
            Checkpoint(K.ToolResultAddedToContext, "call", true),
        ]);

        RecoveryReconciliation reconciliation = ledger.ReconcileLatestFinishedTurn().ShouldNotBeNull();
        reconciliation.Turn.ShouldBe(3u);
        reconciliation.IsSafeToContinue.ShouldBeTrue();
        reconciliation.RetryableIncompleteTools.ShouldBeEmpty();
        reconciliation.UnsafeIncompleteTools.ShouldBeEmpty();
    }

    // recovery.rs: assistant_finalized_without_tool_result_does_not_mark_tool_turn_finished
    [Fact]
    public void Assistant_finalized_without_tool_result_does_not_mark_tool_turn_finished()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.AssistantMessageFinalized, "previous", true),
            Checkpoint(K.ToolPlanCreated, "previous", false),
            Checkpoint(K.ToolExecutionStart, "previous", null),
            Checkpoint(K.ToolExecutionEnd, "previous", true),
            Checkpoint(K.ToolResultAddedToContext, "previous", true),
            Bare(K.AssistantMessageFinalized, 4),
            Edit(K.ToolPlanCreated, "interrupted", false),
            Edit(K.ToolExecutionStart, "interrupted", null),
        ]);

        RecoveryReconciliation reconciliation = ledger.ReconcileLatestFinishedTurn().ShouldNotBeNull();
        reconciliation.Turn.ShouldBe(3u);
        reconciliation.IsSafeToContinue.ShouldBeTrue();
    }

    // recovery.rs: appended_tool_is_not_incomplete
    [Fact]
    public void Appended_tool_is_not_incomplete()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.ToolPlanCreated, "call", true),
            Checkpoint(K.ToolExecutionStart, "call", null),
            Checkpoint(K.ToolExecutionEnd, "call", true),
            Checkpoint(K.ToolResultAddedToContext, "call", true),
        ]);

        RecoveryReconciliation reconciliation = ledger.ReconcileTurn(3);
        reconciliation.IsSafeToContinue.ShouldBeTrue();
        reconciliation.RetryableIncompleteTools.ShouldBeEmpty();
        reconciliation.UnsafeIncompleteTools.ShouldBeEmpty();
    }

    // recovery.rs: read_only_planned_not_started_is_retryable
    [Fact]
    public void Read_only_planned_not_started_is_retryable()
    {
        var ledger = new RecoveryLedger([Checkpoint(K.ToolPlanCreated, "call", true)]);

        RecoveryReconciliation reconciliation = ledger.ReconcileTurn(3);
        reconciliation.IsSafeToContinue.ShouldBeTrue();
        reconciliation.RetryableIncompleteTools.ShouldHaveSingleItem().State.ShouldBe(IncompleteToolState.PlannedNotStarted);
    }

    // recovery.rs: mutable_started_not_completed_is_unsafe
    [Fact]
    public void Mutable_started_not_completed_is_unsafe()
    {
        var ledger = new RecoveryLedger([Checkpoint(K.ToolPlanCreated, "call", false), Checkpoint(K.ToolExecutionStart, "call", null)]);

        RecoveryReconciliation reconciliation = ledger.ReconcileTurn(3);
        reconciliation.IsSafeToContinue.ShouldBeFalse();
        reconciliation.UnsafeIncompleteTools.ShouldHaveSingleItem().State.ShouldBe(IncompleteToolState.StartedNotCompleted);
    }

    // recovery.rs: completed_not_appended_is_incomplete
    [Fact]
    public void Completed_not_appended_is_incomplete()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.ToolPlanCreated, "call", false),
            Checkpoint(K.ToolExecutionStart, "call", null),
            Checkpoint(K.ToolExecutionEnd, "call", true),
        ]);

        ledger.ReconcileTurn(3).UnsafeIncompleteTools.ShouldHaveSingleItem().State.ShouldBe(IncompleteToolState.CompletedNotAppended);
    }

    // Edge cases beyond the Rust tests.
    [Fact]
    public void An_empty_ledger_has_no_finished_turn()
    {
        new RecoveryLedger().ReconcileLatestFinishedTurn().ShouldBeNull();
        new RecoveryLedger([Bare(K.ProviderRequestStart, 0, null)]).ReconcileLatestFinishedTurn().ShouldBeNull();
    }

    [Fact]
    public void A_text_only_turn_is_finished_by_its_message()
    {
        var ledger = new RecoveryLedger([Bare(K.ProviderRequestStart, 0, null), Bare(K.ProviderRequestCompleted, 0), Bare(K.AssistantMessageFinalized, 0)]);

        RecoveryReconciliation reconciliation = ledger.ReconcileLatestFinishedTurn().ShouldNotBeNull();
        reconciliation.Turn.ShouldBe(0u);
        reconciliation.IsSafeToContinue.ShouldBeTrue();
    }

    [Fact]
    public void A_read_only_call_that_failed_is_no_longer_retry_safe()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.ToolPlanCreated, "call", true),
            Checkpoint(K.ToolExecutionStart, "call", null),
            Checkpoint(K.ToolExecutionEnd, "call", false),
        ]);

        IncompleteToolRecovery call = ledger.ReconcileTurn(3).UnsafeIncompleteTools.ShouldHaveSingleItem();
        call.State.ShouldBe(IncompleteToolState.StartedNotCompleted);
        call.RetrySafe.ShouldBeFalse();
    }

    [Fact]
    public void An_observed_call_without_a_plan_is_planned_but_not_retry_safe()
    {
        var ledger = new RecoveryLedger([Checkpoint(K.AssistantToolCallObserved, "call", null)]);

        IncompleteToolRecovery call = ledger.ReconcileTurn(3).UnsafeIncompleteTools.ShouldHaveSingleItem();
        call.State.ShouldBe(IncompleteToolState.PlannedNotStarted);
    }

    [Fact]
    public void Calls_are_sorted_by_id_and_other_turns_and_unnamed_checkpoints_are_ignored()
    {
        var ledger = new RecoveryLedger(
        [
            Checkpoint(K.ToolPlanCreated, "b", true),
            Checkpoint(K.ToolPlanCreated, "a", true),
            Checkpoint(K.ToolPlanCreated, "z", false),
            Checkpoint(K.ToolPlanCreated, "y", false),
            Checkpoint(K.ToolPlanCreated, "other-turn", true, turn: 2),
            Bare(K.ToolExecutionStart, 3, null),
        ]);

        RecoveryReconciliation reconciliation = ledger.ReconcileTurn(3);
        reconciliation.RetryableIncompleteTools.Select(t => t.ToolCallId).ShouldBe(["a", "b"]);
        reconciliation.UnsafeIncompleteTools.Select(t => t.ToolCallId).ShouldBe(["y", "z"]);
    }

    [Fact]
    public void A_later_name_and_hash_replace_earlier_ones_and_absent_ones_keep_them()
    {
        var ledger = new RecoveryLedger(
        [
            new RecoveryCheckpoint(1, 0, K.ToolPlanCreated, "c", "first", "h1", true, null, 0),
            new RecoveryCheckpoint(1, 0, K.ToolExecutionStart, "c", null, null, null, null, 0),
            new RecoveryCheckpoint(1, 0, K.ToolExecutionEnd, "c", "second", "h2", true, null, 0),
        ]);

        IncompleteToolRecovery call = ledger.ReconcileTurn(0).RetryableIncompleteTools.ShouldHaveSingleItem();
        (call.ToolName, call.ArgsHash, call.State).ShouldBe(("second", "h2", IncompleteToolState.CompletedNotAppended));
    }

    [Fact]
    public void Record_appends_and_rejects_null()
    {
        var ledger = new RecoveryLedger();
        ledger.Record(Bare(K.ProviderRequestStart, 0, null));

        ledger.Checkpoints.ShouldHaveSingleItem().Kind.ShouldBe(K.ProviderRequestStart);
        Should.Throw<System.ArgumentNullException>(() => ledger.Record(null!));
        Should.Throw<System.ArgumentNullException>(() => new RecoveryLedger(null!));
    }
}
