using System;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>The tests of imp-core's <c>workflow_closeout_tests</c> module, one for one.</summary>
public sealed class WorkflowCloseoutTests
{
    private static RunFinalStatus.Done Done() => new(StopReason.WorkCompleted);

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.Ordinal);

    [Fact]
    public void Preserves_done_when_no_gates_or_required_passed()
    {
        Imp.Closeout.Enforce(Done(), []).ShouldBe(Done());

        var gate = VerificationGate.Command("unit", "cargo test");
        gate.MarkPassed(VerificationGateResult.Passed(0));
        Imp.Closeout.Enforce(Done(), [gate]).ShouldBe(Done());
    }

    [Fact]
    public void Downgrades_done_for_required_failed_or_skipped_gates()
    {
        var failed = VerificationGate.Command("unit", "cargo test");
        failed.MarkFailed(VerificationGateResult.Failed(101) with { Summary = "tests failed" });
        var status = Imp.Closeout.Enforce(Done(), [failed]).ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();
        status.Reason.ShouldBe(StopReason.WorkCompleted);
        status.Concerns.ShouldContain(concern => Has(concern, "required verification failed: unit"));
        status.Concerns.ShouldContain(concern => Has(concern, "tests failed"));

        var skipped = VerificationGate.Command("fmt", "cargo fmt --check");
        skipped.MarkSkipped("formatter unavailable");
        status = Imp.Closeout.Enforce(Done(), [skipped]).ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();
        status.Concerns.ShouldContain(concern => Has(concern, "required verification skipped: fmt"));
        status.Concerns.ShouldContain(concern => Has(concern, "formatter unavailable"));
    }

    [Fact]
    public void Blocks_done_for_required_blocked_gates()
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.MarkBlocked("cargo missing");

        var status = Imp.Closeout.Enforce(Done(), [gate]).ShouldBeOfType<RunFinalStatus.Blocked>();

        status.Reason.ShouldBe(StopReason.ExecutionBlocked);
        status.Message.ShouldContain("required verification blocked: unit", Case.Sensitive);
        status.Message.ShouldContain("cargo missing", Case.Sensitive);
    }

    [Fact]
    public void Pending_and_running_required_gates_cannot_report_done()
    {
        var pending = VerificationGate.Command("unit", "cargo test");
        Imp.Closeout.Enforce(Done(), [pending]).ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();

        var running = VerificationGate.Command("fmt", "cargo fmt --check");
        running.MarkRunning();
        var status = Imp.Closeout.Enforce(Done(), [running]).ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();
        status.Concerns.ShouldContain(concern => Has(concern, "required verification still running: fmt"));
    }

    [Fact]
    public void Optional_failed_gate_does_not_block_done()
    {
        var gate = VerificationGate.Command("smoke", "cargo test smoke");
        gate.Requirement = VerificationGateRequirement.Optional;
        gate.MarkFailed(VerificationGateResult.Failed(1));

        Imp.Closeout.Enforce(Done(), [gate]).ShouldBe(Done());
    }

    [Fact]
    public void Merges_existing_concerns_and_wraps_loop_decision()
    {
        var gate = VerificationGate.Command("fmt", "cargo fmt --check");
        gate.Status = VerificationGateStatus.Failed;
        var proposed = new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["pre-existing"]);

        var status = Imp.Closeout.Enforce(proposed, [gate]).ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();

        status.Reason.ShouldBe(StopReason.NoProgress);
        status.Concerns.ShouldContain("pre-existing");
        status.Concerns.ShouldContain(concern => Has(concern, "required verification failed: fmt"));

        var blocked = VerificationGate.Command("unit", "cargo test");
        blocked.MarkBlocked("timeout");
        var decision = new LoopDecision.Finish(Done());
        Imp.Closeout.EnforceDecision(decision, [blocked])
            .ShouldBeOfType<LoopDecision.Finish>()
            .Status.ShouldBeOfType<RunFinalStatus.Blocked>();
    }
}
