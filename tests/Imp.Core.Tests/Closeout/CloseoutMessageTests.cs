using System;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>How closeout describes gates: <c>required verification {status}: {name} ({detail})</c>, and which gates it names.</summary>
public sealed class CloseoutMessageTests
{
    private static readonly RunFinalStatus Done = new RunFinalStatus.Done(StopReason.WorkCompleted);

    [Theory]
    [InlineData(VerificationGateStatus.Pending, "required verification pending: unit")]
    [InlineData(VerificationGateStatus.Running, "required verification still running: unit")]
    [InlineData(VerificationGateStatus.Passed, "required verification passed: unit")]
    [InlineData(VerificationGateStatus.Failed, "required verification failed: unit")]
    [InlineData(VerificationGateStatus.Skipped, "required verification skipped: unit")]
    [InlineData(VerificationGateStatus.Blocked, "required verification blocked: unit")]
    public void Every_status_has_its_words(VerificationGateStatus status, string expected)
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.Status = status;

        Imp.Closeout.Describe(gate).ShouldBe(expected);
    }

    [Fact]
    public void The_name_is_shown_and_an_empty_name_falls_back_to_the_id()
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.Name = "Unit tests";
        gate.MarkFailed(VerificationGateResult.Failed(101));
        Concern(gate).ShouldBe("required verification failed: Unit tests");

        gate.Name = "";
        Concern(gate).ShouldBe("required verification failed: unit");
    }

    [Theory]
    [InlineData("flaky runner", "3 tests failed", "required verification failed: unit (flaky runner)")]
    [InlineData(null, "3 tests failed", "required verification failed: unit (3 tests failed)")]
    [InlineData(null, "", "required verification failed: unit")]
    [InlineData(null, null, "required verification failed: unit")]
    [InlineData("", null, "required verification failed: unit")]
    // As in imp-core: an empty reason is still the detail, so the summary is not consulted.
    [InlineData("", "3 tests failed", "required verification failed: unit")]
    public void The_reason_wins_over_the_summary_and_an_empty_detail_has_no_parentheses(
        string? reason, string? summary, string expected)
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.Restore(VerificationGateStatus.Failed, VerificationGateResult.Failed(101) with { Summary = summary }, reason);

        Concern(gate).ShouldBe(expected);
    }

    [Fact]
    public void A_gate_without_a_result_or_reason_has_no_parentheses()
    {
        Concern(VerificationGate.Command("unit", "cargo test")).ShouldBe("required verification pending: unit");
    }

    [Fact]
    public void Blockers_are_joined_in_gate_order_and_concerns_are_left_out()
    {
        var alpha = VerificationGate.Command("alpha", "make a");
        alpha.MarkBlocked("no cargo");
        var concern = VerificationGate.Command("fmt", "cargo fmt --check");
        concern.MarkFailed(VerificationGateResult.Failed(1));
        var beta = VerificationGate.Command("beta", "make b");
        beta.MarkBlocked("");
        var gamma = VerificationGate.Command("gamma", "make c");
        gamma.MarkBlocked("offline; retry later");

        var status = Imp.Closeout.Enforce(Done, [alpha, concern, beta, gamma]).ShouldBeOfType<RunFinalStatus.Blocked>();

        status.Reason.ShouldBe(StopReason.ExecutionBlocked);
        status.Message.ShouldBe(
            "required verification blocked: alpha (no cargo); required verification blocked: beta; "
            + "required verification blocked: gamma (offline; retry later)");
    }

    [Fact]
    public void Concerns_are_added_one_per_gate_in_gate_order_after_the_existing_ones()
    {
        var pending = VerificationGate.Command("unit", "cargo test");
        var skipped = VerificationGate.Command("fmt", "cargo fmt --check");
        skipped.MarkSkipped("formatter unavailable");
        var passed = VerificationGate.Command("build", "cargo build");
        passed.MarkPassed(VerificationGateResult.Passed(0));
        var running = VerificationGate.Command("lint", "cargo clippy");
        running.MarkRunning();
        var proposed = new RunFinalStatus.DoneWithConcerns(StopReason.DecompositionCompleted, ["first", "second"]);

        var status = Imp.Closeout.Enforce(proposed, [pending, skipped, passed, running])
            .ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();

        status.Reason.ShouldBe(StopReason.DecompositionCompleted);
        status.Concerns.ShouldBe(
        [
            "first",
            "second",
            "required verification pending: unit",
            "required verification skipped: fmt (formatter unavailable)",
            "required verification still running: lint",
        ]);
        proposed.Concerns.ShouldBe(["first", "second"]);
    }

    [Theory]
    [InlineData(VerificationGateRequirement.Optional)]
    [InlineData(VerificationGateRequirement.Advisory)]
    public void Optional_and_advisory_gates_are_ignored_whatever_their_status(VerificationGateRequirement requirement)
    {
        foreach (VerificationGateStatus status in Enum.GetValues<VerificationGateStatus>())
        {
            var gate = VerificationGate.Command("smoke", "cargo test smoke");
            gate.Requirement = requirement;
            gate.Status = status;
            var required = VerificationGate.Command("unit", "cargo test");
            required.MarkFailed(VerificationGateResult.Failed(1));

            Imp.Closeout.Enforce(Done, [gate]).ShouldBeSameAs(Done);
            StatusText.Of(Imp.Closeout.Enforce(Done, [gate, required, gate]))
                .ShouldBe("done_with_concerns(work_completed | required verification failed: unit)");
        }
    }

    private static string Concern(VerificationGate gate)
    {
        var status = Imp.Closeout.Enforce(Done, [gate]).ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();
        status.Concerns.Count.ShouldBe(1);
        return status.Concerns[0];
    }
}
