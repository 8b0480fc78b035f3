using System;
using System.Threading;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>DelegateCheck: a host's own check, and what happens when it throws, is cancelled or records nothing.</summary>
public sealed class DelegateCheckTests
{
    private readonly VerificationGate _gate = VerificationGate.Command("review", "manual review");

    [Fact]
    public async Task The_delegate_sees_a_running_gate_and_records_the_outcome()
    {
        VerificationGateStatus seen = VerificationGateStatus.Pending;
        VerificationGateResult passed = VerificationGateResult.Passed(0) with { Summary = "looks good" };
        var check = new DelegateCheck(_gate, (gate, _) =>
        {
            seen = gate.Status;
            gate.MarkPassed(passed);
            return ValueTask.CompletedTask;
        });

        await check.RunAsync(CancellationToken.None);

        check.Gate.ShouldBeSameAs(_gate);
        seen.ShouldBe(VerificationGateStatus.Running);
        _gate.Status.ShouldBe(VerificationGateStatus.Passed);
        _gate.Result.ShouldBeSameAs(passed);
    }

    [Fact]
    public async Task A_throwing_delegate_blocks_the_gate_with_the_message()
    {
        var check = new DelegateCheck(_gate, async (_, ct) =>
        {
            await Task.Yield();
            throw new InvalidOperationException("schema file missing");
        });

        await check.RunAsync(CancellationToken.None);

        _gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        _gate.Reason.ShouldBe("schema file missing");
    }

    [Fact]
    public async Task A_cancellation_that_is_not_the_callers_blocks_the_gate()
    {
        var check = new DelegateCheck(_gate, (_, _) => throw new TaskCanceledException("the HTTP request timed out"));

        await check.RunAsync(CancellationToken.None);

        _gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        _gate.Reason.ShouldBe("the HTTP request timed out");
    }

    [Fact]
    public async Task Cancellation_restores_the_gate_and_propagates()
    {
        _gate.MarkSkipped("offline");
        using var cancel = new CancellationTokenSource();
        var check = new DelegateCheck(_gate, async (gate, ct) =>
        {
            gate.MarkFailed(VerificationGateResult.Failed(1));
            await cancel.CancelAsync();
            ct.ThrowIfCancellationRequested();
        });

        await Should.ThrowAsync<OperationCanceledException>(check.RunAsync(cancel.Token).AsTask());

        _gate.Status.ShouldBe(VerificationGateStatus.Skipped);
        _gate.Reason.ShouldBe("offline");
        _gate.Result.ShouldBeNull();
    }

    [Fact]
    public async Task A_delegate_that_records_nothing_leaves_the_gate_blocked()
    {
        var check = new DelegateCheck(_gate, (_, _) => ValueTask.CompletedTask);

        await check.RunAsync(CancellationToken.None);

        _gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        _gate.Reason.ShouldBe("the check finished without recording an outcome");
    }

    [Fact]
    public async Task The_gate_is_judged_only_when_the_delegates_value_task_completes()
    {
        var finish = new TaskCompletionSource();
        var check = new DelegateCheck(_gate, async (gate, _) =>
        {
            await finish.Task;
            gate.MarkPassed(VerificationGateResult.Passed(0));
        });

        ValueTask running = check.RunAsync(CancellationToken.None);
        running.IsCompleted.ShouldBeFalse();
        _gate.Status.ShouldBe(VerificationGateStatus.Running);

        finish.SetResult();
        await running;

        _gate.Status.ShouldBe(VerificationGateStatus.Passed);
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Should.Throw<ArgumentNullException>(() => new DelegateCheck(null!, (_, _) => ValueTask.CompletedTask)).ParamName.ShouldBe("gate");
        Should.Throw<ArgumentNullException>(() => new DelegateCheck(_gate, null!)).ParamName.ShouldBe("run");
    }
}
