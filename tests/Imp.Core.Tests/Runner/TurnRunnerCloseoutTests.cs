using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>Verification at the end of a run: the host's gates, then <see cref="Closeout.Enforce"/>.</summary>
public sealed class TurnRunnerCloseoutTests
{
    [Fact]
    public async Task A_failed_required_gate_turns_done_into_done_with_concerns()
    {
        var unit = new RecordingCheck(VerificationGate.Command("unit", "dotnet test"), g => g.MarkFailed(VerificationGateResult.Failed(1) with { Summary = "2 tests failed" }));
        var lint = new RecordingCheck(VerificationGate.Command("lint", "lint"), g => g.MarkPassed(VerificationGateResult.Passed(0)));
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("done")]), configure: o => o with { Checks = [unit, lint] });

        RunFinalStatus.DoneWithConcerns concerns = result.Status.ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();
        (concerns.Reason, concerns.Concerns.Single()).ShouldBe((StopReason.NoAutomaticFollowUp, "required verification failed: unit (2 tests failed)"));
        recorder.Of<RunEvent.GateChecked>().ShouldBe([
            new RunEvent.GateChecked("unit", "unit", VerificationGateRequirement.Required, VerificationGateStatus.Failed, "2 tests failed"),
            new RunEvent.GateChecked("lint", "lint", VerificationGateRequirement.Required, VerificationGateStatus.Passed, null),
        ]);
        recorder.Of<RunEvent.DecisionMade>().Single().Decision.ShouldBe(new LoopDecision.Finish(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp)));
        recorder.Events[^1].ShouldBe(new RunEvent.RunFinished(result.Status, 1));
        result.Gates.Select(g => g.Status).ShouldBe([VerificationGateStatus.Failed, VerificationGateStatus.Passed]);
        recorder.Phases[^1].ShouldBe("0:finish");
    }

    [Fact]
    public async Task A_blocked_required_gate_blocks_and_an_optional_failure_changes_nothing()
    {
        var blocked = new RecordingCheck(VerificationGate.Command("e2e", "e2e"), g => g.MarkBlocked("no browser"));
        (RunResult result, _) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("done")]), configure: o => o with { Checks = [blocked] });
        result.Status.ShouldBe(new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, "required verification blocked: e2e (no browser)"));

        VerificationGate optionalGate = VerificationGate.Command("docs", "docs");
        optionalGate.Requirement = VerificationGateRequirement.Optional;
        var optional = new RecordingCheck(optionalGate, g => g.MarkFailed(VerificationGateResult.Failed(2)));
        (RunResult fine, _) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("done")]), configure: o => o with { Checks = [optional] });
        fine.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        optional.Runs.ShouldBe(1);
    }

    [Fact]
    public async Task A_check_that_throws_blocks_its_gate_with_the_reason()
    {
        var broken = new ThrowingCheck(VerificationGate.Command("unit", "test"));
        (RunResult result, _) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("done")]), configure: o => o with { Checks = [broken] });

        result.Status.ShouldBe(new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, "required verification blocked: unit (the check threw: runner missing)"));
    }

    [Fact]
    public async Task Failed_runs_are_not_verified()
    {
        var gate = new RecordingCheck(VerificationGate.Command("unit", "test"), g => g.MarkPassed(VerificationGateResult.Passed(0)));
        (RunResult result, _) = await Runs.RunAsync(new ScriptedChatClient([[Say.Throw(new AuthException("bad key"))]]), configure: o => o with { Checks = [gate] });

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>();
        gate.Runs.ShouldBe(0);
        result.Gates.Single().Status.ShouldBe(VerificationGateStatus.Pending);
    }

    [Fact]
    public async Task A_blocked_finish_from_the_limits_is_still_verified()
    {
        var unit = new RecordingCheck(VerificationGate.Command("unit", "test"), g => g.MarkFailed(VerificationGateResult.Failed(1)));
        var model = new ScriptedChatClient([], () => Say.Calls(("c", "echo", "{}")));
        (RunResult result, _) = await Runs.RunAsync(model, [TestTools.Echo()], o => o with { Checks = [unit] });

        unit.Runs.ShouldBe(1);
        result.Status.ShouldBeOfType<RunFinalStatus.Blocked>().Reason.ShouldBe(StopReason.RepeatedAction);
    }

    [Fact]
    public void Checks_need_unique_gate_ids()
    {
        var a = new RecordingCheck(VerificationGate.Command("unit", "a"), _ => { });
        var b = new RecordingCheck(VerificationGate.Command("unit", "b"), _ => { });
        Should.Throw<ArgumentException>(() => new TurnRunnerOptions { Checks = [a, b] }).Message.ShouldStartWith("Two checks have the gate id 'unit'; gate ids must be unique.");
        Should.Throw<ArgumentNullException>(() => new TurnRunnerOptions { Checks = [a, null!] });
    }

    private sealed class ThrowingCheck(VerificationGate gate) : IVerificationCheck
    {
        public VerificationGate Gate { get; } = gate;

        public ValueTask RunAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("runner missing");
    }
}
