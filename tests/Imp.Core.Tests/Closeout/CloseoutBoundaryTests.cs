using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>Argument checks, boundaries and messages of the closeout types that the mutation run found untested.</summary>
public sealed class CloseoutBoundaryTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("imp-closeout-boundary-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Enforcing_a_continue_decision_still_needs_the_gates()
    {
        var decision = new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, "go on");

        Should.Throw<ArgumentNullException>(() => Imp.Closeout.EnforceDecision(decision, null!)).ParamName.ShouldBe("gates");
    }

    [Fact]
    public void The_longest_timeout_is_what_a_timer_can_wait()
    {
        CommandCheck.MaxTimeout.ShouldBe(TimeSpan.FromMilliseconds(uint.MaxValue - 1.0));
        Should.Throw<ArgumentOutOfRangeException>(() => Check(TimeSpan.FromMilliseconds(uint.MaxValue))).ParamName.ShouldBe("timeout");
        Check(CommandCheck.MaxTimeout).Timeout.ShouldBe(CommandCheck.MaxTimeout);
    }

    [Fact]
    public void An_empty_id_is_reported_before_anything_else()
    {
        Should.Throw<ArgumentException>(() => new CommandCheck("", "dotnet", [], _dir.FullName, TimeSpan.Zero)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentException>(() => VerificationGate.Command("", "")).ParamName.ShouldBe("id");
    }

    [Fact]
    public void An_empty_variable_name_is_refused_with_its_message()
    {
        var error = Should.Throw<ArgumentException>(() => new CommandCheck(
            "unit", "dotnet", [], _dir.FullName, TimeSpan.FromSeconds(1), environment: [new KeyValuePair<string, string?>("", "x")]));

        error.ParamName.ShouldBe("environment");
        error.Message.ShouldStartWith("An environment variable name is null or empty.");
    }

    [Fact]
    public async Task A_command_check_with_a_cancelled_token_does_nothing()
    {
        // A missing directory would block the gate: a cancelled run must not get that far.
        var check = new CommandCheck("unit", "dotnet", [], Path.Combine(_dir.FullName, "missing"), TimeSpan.FromSeconds(1));

        await Should.ThrowAsync<OperationCanceledException>(() => check.RunAsync(new CancellationToken(canceled: true)).AsTask());

        check.Gate.Status.ShouldBe(VerificationGateStatus.Pending);
        check.Gate.Reason.ShouldBeNull();
    }

    [Fact]
    public async Task A_delegate_check_with_a_cancelled_token_never_calls_the_delegate()
    {
        int calls = 0;
        var check = new DelegateCheck(VerificationGate.Command("unit", "check"), (gate, _) =>
        {
            calls++;
            gate.MarkPassed(VerificationGateResult.Passed(0));
            return ValueTask.CompletedTask;
        });

        await Should.ThrowAsync<OperationCanceledException>(() => check.RunAsync(new CancellationToken(canceled: true)).AsTask());

        calls.ShouldBe(0);
        check.Gate.Status.ShouldBe(VerificationGateStatus.Pending);
    }

    [Fact]
    public async Task A_summary_line_of_exactly_the_limit_is_kept_whole()
    {
        string line = new('y', 160);
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--stdout", line]);

        await check.RunAsync(CancellationToken.None);

        check.Gate.Result.ShouldNotBeNull().Summary.ShouldBe("exit code 0: " + line);
    }

    [Fact]
    public async Task A_timeout_is_reported_in_seconds_to_the_millisecond()
    {
        var time = new ManualTimeProvider();
        var timeout = TimeSpan.FromTicks(12_345_678); // 1.2345678 s
        CommandCheck check = TestProcess.Check(_dir.FullName, ["--sleep-ms", "600000"], timeout: timeout, timeProvider: time);

        Task run = check.RunAsync(CancellationToken.None).AsTask();
        (await TestProcess.WaitUntilAsync(() => time.ActiveTimers == 1)).ShouldBeTrue();
        time.Advance(timeout);
        await run.WaitAsync(TestProcess.Generous);

        check.Gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        check.Gate.Reason.ShouldBe($"`{check.Gate.CommandLine}` timed out after 1.235 s; its process tree was killed");
    }

    [Fact]
    public void A_line_of_exactly_the_kept_length_is_not_marked_as_cut()
    {
        var tail = new OutputTail();
        string line = new('a', OutputTail.MaxLineLength);

        tail.Append(line + "\n");

        tail.Text.ShouldBe(line);
        tail.LastLine.ShouldBe(line);
    }

    [Fact]
    public void Undeclared_gate_enums_are_refused_with_their_messages()
    {
        Should.Throw<ArgumentNullException>(() => Gate(kind: null).Kind = null!);
        Should.Throw<ArgumentOutOfRangeException>(() => Gate(requirement: (VerificationGateRequirement)99))
            .Message.ShouldStartWith("Not a declared VerificationGateRequirement.");
        Should.Throw<ArgumentOutOfRangeException>(() => Gate(status: (VerificationGateStatus)99))
            .Message.ShouldStartWith("Not a declared VerificationGateStatus.");
    }

    [Fact]
    public void A_zero_duration_is_accepted()
    {
        (VerificationGateResult.Passed(0) with { DurationMs = 0 }).DurationMs.ShouldBe(0UL);
    }

    private CommandCheck Check(TimeSpan timeout) => new("unit", "dotnet", [], _dir.FullName, timeout);

    private static VerificationGate Gate(
        VerificationGateKind? kind = null,
        VerificationGateRequirement requirement = VerificationGateRequirement.Required,
        VerificationGateStatus status = VerificationGateStatus.Pending) =>
        new()
        {
            Id = "unit",
            Name = "unit",
            Kind = kind ?? new VerificationGateKind.Command(),
            Requirement = requirement,
            Status = status,
            CommandSpec = new VerificationCommand("cargo test"),
        };
}
