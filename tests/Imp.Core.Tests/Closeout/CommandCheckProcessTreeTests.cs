using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>CommandCheck: a timeout or a cancellation kills the process and its children; leftovers never hang it.</summary>
public sealed class CommandCheckProcessTreeTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("imp-command-tree-");
    private readonly string _parentPid;
    private readonly string _childPid;

    public CommandCheckProcessTreeTests()
    {
        _parentPid = Path.Combine(_dir.FullName, "parent.pid");
        _childPid = Path.Combine(_dir.FullName, "child.pid");
    }

    public void Dispose()
    {
        TestProcess.KillQuietly(_childPid);
        TestProcess.KillQuietly(_parentPid);
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task The_timeout_kills_the_process_and_its_child_and_blocks_the_gate()
    {
        var time = new ManualTimeProvider();
        CommandCheck check = TestProcess.Check(
            _dir.FullName,
            ["--pid-file", _parentPid, "--spawn-child", _childPid, "--sleep-ms", "600000"],
            timeout: TimeSpan.FromSeconds(30),
            timeProvider: time);

        Task run = check.RunAsync(CancellationToken.None).AsTask();
        int parent = await TestProcess.ReadPidAsync(_parentPid);
        int child = await TestProcess.ReadPidAsync(_childPid);
        // The timeout's timer exists once the check waits for the process.
        (await TestProcess.WaitUntilAsync(() => time.ActiveTimers == 1)).ShouldBeTrue();
        run.IsCompleted.ShouldBeFalse();
        check.Gate.Status.ShouldBe(VerificationGateStatus.Running);

        time.Advance(TimeSpan.FromSeconds(30));
        await run.WaitAsync(TestProcess.Generous);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        check.Gate.Reason.ShouldBe($"`{check.Gate.CommandLine}` timed out after 30 s; its process tree was killed");
        check.Gate.Result.ShouldBeNull();
        TestProcess.IsGone(parent).ShouldBeTrue();
        (await TestProcess.WaitUntilAsync(() => TestProcess.IsGone(child))).ShouldBeTrue();
    }

    [Fact]
    public async Task The_timeout_also_works_on_the_real_clock()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--pid-file", _parentPid, "--sleep-ms", "600000"], timeout: TimeSpan.FromMilliseconds(500));

        await check.RunAsync(CancellationToken.None).AsTask().WaitAsync(TestProcess.Generous);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        check.Gate.Reason.ShouldNotBeNull().ShouldEndWith("timed out after 0.5 s; its process tree was killed");
        if (File.Exists(_parentPid))
        {
            TestProcess.IsGone(await TestProcess.ReadPidAsync(_parentPid)).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Cancellation_kills_the_tree_restores_the_gate_and_throws()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--pid-file", _parentPid, "--spawn-child", _childPid, "--sleep-ms", "600000"]);
        VerificationGateResult earlier = VerificationGateResult.Failed(7) with { Summary = "earlier run" };
        check.Gate.MarkFailed(earlier);
        using var cancel = new CancellationTokenSource();

        Task run = check.RunAsync(cancel.Token).AsTask();
        int parent = await TestProcess.ReadPidAsync(_parentPid);
        int child = await TestProcess.ReadPidAsync(_childPid);
        check.Gate.Status.ShouldBe(VerificationGateStatus.Running);
        await cancel.CancelAsync();

        OperationCanceledException thrown = await Should.ThrowAsync<OperationCanceledException>(run.WaitAsync(TestProcess.Generous));
        thrown.CancellationToken.ShouldBe(cancel.Token);
        check.Gate.Status.ShouldBe(VerificationGateStatus.Failed);
        check.Gate.Result.ShouldBeSameAs(earlier);
        check.Gate.Reason.ShouldBeNull();
        TestProcess.IsGone(parent).ShouldBeTrue();
        (await TestProcess.WaitUntilAsync(() => TestProcess.IsGone(child))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_token_cancelled_beforehand_throws_without_starting_or_touching_the_gate()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--pid-file", _parentPid]);
        check.Gate.MarkSkipped("not yet");

        await Should.ThrowAsync<OperationCanceledException>(check.RunAsync(new CancellationToken(canceled: true)).AsTask());

        check.Gate.Status.ShouldBe(VerificationGateStatus.Skipped);
        check.Gate.Reason.ShouldBe("not yet");
        File.Exists(_parentPid).ShouldBeFalse();
    }

    [Fact]
    public async Task A_child_left_holding_the_output_pipe_does_not_hold_up_the_result()
    {
        // Like a build server: the process exits, a child that inherited its stdout lives on.
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--spawn-child", _childPid, "--stdout", "spawned", "--exit", "0"]);

        await check.RunAsync(CancellationToken.None).AsTask().WaitAsync(TestProcess.Generous);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Passed);
        check.Gate.Result.ShouldNotBeNull().Summary.ShouldBe("exit code 0: spawned");
        TestProcess.IsGone(await TestProcess.ReadPidAsync(_childPid)).ShouldBeFalse();
    }
}
