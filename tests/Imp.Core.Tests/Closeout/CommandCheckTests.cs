using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>CommandCheck: outcomes of processes that run to completion or cannot start, and what reaches the process.</summary>
public sealed class CommandCheckTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("imp-command-check-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task Dotnet_version_passes_with_the_version_as_summary()
    {
        var check = new CommandCheck("sdk", TestProcess.Dotnet, ["--version"], _dir.FullName, TestProcess.Generous);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Passed);
        check.Gate.Reason.ShouldBeNull();
        VerificationGateResult result = check.Gate.Result.ShouldNotBeNull();
        result.ExitCode.ShouldBe(0);
        result.StdoutSummary.ShouldNotBeNull().ShouldMatch(@"^\d+\.\d+\.\d+");
        result.Summary.ShouldBe("exit code 0: " + result.StdoutSummary);
        result.StderrSummary.ShouldBeNull();
        result.DurationMs.ShouldNotBeNull().ShouldBeLessThan(60_000UL);
    }

    [Fact]
    public async Task An_unknown_dotnet_command_fails_with_its_exit_code()
    {
        var check = new CommandCheck("sdk", TestProcess.Dotnet, ["no-such-command-xyz"], _dir.FullName, TestProcess.Generous);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Failed);
        VerificationGateResult result = check.Gate.Result.ShouldNotBeNull();
        result.ExitCode.ShouldNotBeNull().ShouldNotBe(0);
        result.Summary.ShouldStartWith($"exit code {result.ExitCode}: ");
    }

    [Fact]
    public async Task A_failure_is_summarized_by_the_last_stderr_line_and_keeps_both_tails()
    {
        CommandCheck check = TestProcess.Check(
            _dir.FullName,
            ["--stdout", "building", "--stderr", "warning: slow", "--stderr", "  error: 2 tests failed  ", "--stdout", "done", "--exit", "3"]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Failed);
        check.Gate.Reason.ShouldBeNull();
        VerificationGateResult result = check.Gate.Result.ShouldNotBeNull();
        result.ExitCode.ShouldBe(3);
        result.Summary.ShouldBe("exit code 3: error: 2 tests failed");
        result.StdoutSummary.ShouldBe("building\ndone");
        result.StderrSummary.ShouldBe("warning: slow\n  error: 2 tests failed");
    }

    [Fact]
    public async Task Without_stderr_a_failure_takes_the_last_stdout_line()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--stdout", "first", "--stdout", "Failed: 2 tests", "--exit", "1"]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Failed);
        check.Gate.Result.ShouldNotBeNull().Summary.ShouldBe("exit code 1: Failed: 2 tests");
    }

    [Fact]
    public async Task A_pass_is_summarized_by_stdout_even_with_warnings_on_stderr()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--stdout", "Passed: 12 tests", "--stderr", "warning: obsolete API"]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Passed);
        check.Gate.Result.ShouldNotBeNull().Summary.ShouldBe("exit code 0: Passed: 12 tests");
        check.Gate.Result.StderrSummary.ShouldBe("warning: obsolete API");
    }

    [Fact]
    public async Task Without_output_on_stdout_a_pass_takes_the_last_stderr_line()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--stderr", "all checks ok"]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Result.ShouldNotBeNull().Summary.ShouldBe("exit code 0: all checks ok");
    }

    [Fact]
    public async Task A_silent_failure_is_summarized_by_its_exit_code_alone()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--exit", "42"]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Failed);
        check.Gate.Result.ShouldBe(new VerificationGateResult { ExitCode = 42, DurationMs = check.Gate.Result!.DurationMs, Summary = "exit code 42" });
    }

    [Fact]
    public async Task Huge_output_on_both_streams_neither_deadlocks_nor_is_kept_whole()
    {
        const int Lines = 50_000;
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--stdout-lines", $"{Lines}", "--stderr-lines", $"{Lines}", "--exit", "1"]);

        await check.RunAsync(CancellationToken.None).AsTask().WaitAsync(TestProcess.Generous);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Failed);
        VerificationGateResult result = check.Gate.Result.ShouldNotBeNull();
        result.Summary.ShouldBe($"exit code 1: err line {Lines}");
        string[] stdout = result.StdoutSummary.ShouldNotBeNull().Split('\n');
        stdout.Length.ShouldBe(OutputTail.MaxLines + 1);
        stdout[0].ShouldBe($"… {Lines - OutputTail.MaxLines} earlier lines not shown");
        stdout[1].ShouldBe($"out line {Lines - OutputTail.MaxLines + 1}");
        stdout[^1].ShouldBe($"out line {Lines}");
        result.StderrSummary.ShouldNotBeNull().Split('\n')[^1].ShouldBe($"err line {Lines}");
    }

    [Fact]
    public async Task Long_lines_are_cut_in_the_tails_and_shorter_in_the_summary()
    {
        string line = new('x', 1000);
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--stdout", line]);

        await check.RunAsync(CancellationToken.None);

        VerificationGateResult result = check.Gate.Result.ShouldNotBeNull();
        result.StdoutSummary.ShouldBe(new string('x', OutputTail.MaxLineLength) + "…");
        result.Summary.ShouldBe("exit code 0: " + new string('x', 159) + "…");
    }

    [Fact]
    public async Task Standard_input_is_closed_so_a_reader_of_it_finishes()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--read-stdin"]);

        await check.RunAsync(CancellationToken.None).AsTask().WaitAsync(TestProcess.Generous);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Passed);
        check.Gate.Result.ShouldNotBeNull().StdoutSummary.ShouldBe("stdin: 0 chars");
    }

    [Fact]
    public async Task A_missing_executable_blocks_the_gate_naming_the_command_and_the_cause()
    {
        var check = new CommandCheck("lint", "imp-no-such-executable-xyz", ["--all"], _dir.FullName, TestProcess.Generous);
        check.Gate.MarkFailed(VerificationGateResult.Failed(1));

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        check.Gate.Result.ShouldBeNull();
        string reason = check.Gate.Reason.ShouldNotBeNull();
        reason.ShouldStartWith("cannot run `imp-no-such-executable-xyz --all`: ");
        reason["cannot run `imp-no-such-executable-xyz --all`: ".Length..].ShouldContain("imp-no-such-executable-xyz");
    }

    [Fact]
    public async Task A_missing_working_directory_blocks_the_gate()
    {
        string missing = Path.Combine(_dir.FullName, "missing");
        var check = new CommandCheck("sdk", TestProcess.Dotnet, ["--version"], missing, TestProcess.Generous);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        check.Gate.Reason.ShouldBe($"cannot run `{check.Gate.CommandLine}`: working directory {missing} does not exist");
        check.Gate.Result.ShouldBeNull();
    }

    [Fact]
    public async Task The_process_runs_in_the_working_directory()
    {
        DirectoryInfo inner = _dir.CreateSubdirectory("work dir");
        CommandCheck check = TestProcess.Check(inner.FullName, ["--print-cwd"]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Result.ShouldNotBeNull().StdoutSummary.ShouldNotBeNull().ShouldEndWith(Path.DirectorySeparatorChar + "work dir");
    }

    [Fact]
    public async Task Environment_variables_are_set_and_removed_for_the_process()
    {
        string removed = "IMP_TEST_REMOVED_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(removed, "inherited");
        try
        {
            CommandCheck check = TestProcess.Check(
                _dir.FullName,
                ["--print-env", "IMP_TEST_SET", "--print-env", removed],
                environment: [new("IMP_TEST_SET", "hello world"), new(removed, null)]);

            await check.RunAsync(CancellationToken.None);

            check.Gate.Result.ShouldNotBeNull().StdoutSummary.ShouldBe($"IMP_TEST_SET=hello world\n{removed}=<unset>");
        }
        finally
        {
            Environment.SetEnvironmentVariable(removed, null);
        }
    }

    [Fact]
    public async Task The_duration_comes_from_the_time_provider()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--exit", "0"], timeProvider: new SteppingTimeProvider(TimeSpan.FromMilliseconds(250)));

        await check.RunAsync(CancellationToken.None);

        check.Gate.Result.ShouldNotBeNull().DurationMs.ShouldBe(250UL);
    }

    [Fact]
    public async Task A_run_replaces_the_previous_outcome()
    {
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--exit", "0"]);
        check.Gate.MarkBlocked("earlier");

        await check.RunAsync(CancellationToken.None);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Passed);
        check.Gate.Reason.ShouldBeNull();
    }

    [Fact]
    public async Task A_blocked_command_gate_blocks_done_at_closeout()
    {
        var check = new CommandCheck("unit", "imp-no-such-executable-xyz", [], _dir.FullName, TestProcess.Generous, name: "unit tests");

        await check.RunAsync(CancellationToken.None);

        RunFinalStatus status = Imp.Closeout.Enforce(new RunFinalStatus.Done(StopReason.WorkCompleted), [check.Gate]);
        StatusText.Of(status).ShouldBe($"blocked(execution_blocked | required verification blocked: unit tests ({check.Gate.Reason}))");
    }

    /// <summary>A clock whose every reading is <c>step</c> later than the one before.</summary>
    private sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
    {
        private long _readings;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Increment(ref _readings) * step.Ticks;
    }
}
