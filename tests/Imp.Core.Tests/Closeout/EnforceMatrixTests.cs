using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>Closeout.Enforce over every proposed status and every kind of gate set, expected values written out by hand.</summary>
public sealed class EnforceMatrixTests
{
    private const string Unchanged = "unchanged";
    private const string BlockedByLint = "blocked(execution_blocked | required verification blocked: lint (clippy missing))";

    [Theory]
    [InlineData("done", "none", Unchanged)]
    [InlineData("done", "passing", Unchanged)]
    [InlineData("done", "concern", "done_with_concerns(work_completed | required verification failed: fmt (diff found))")]
    [InlineData("done", "blocker", BlockedByLint)]
    [InlineData("done", "both", BlockedByLint)]
    [InlineData("done_with_concerns", "none", Unchanged)]
    [InlineData("done_with_concerns", "passing", Unchanged)]
    [InlineData("done_with_concerns", "concern", "done_with_concerns(no_progress | earlier | required verification failed: fmt (diff found))")]
    [InlineData("done_with_concerns", "blocker", BlockedByLint)]
    [InlineData("done_with_concerns", "both", BlockedByLint)]
    [InlineData("blocked", "none", Unchanged)]
    [InlineData("blocked", "passing", Unchanged)]
    [InlineData("blocked", "concern", Unchanged)]
    [InlineData("blocked", "blocker", BlockedByLint)]
    [InlineData("blocked", "both", BlockedByLint)]
    [InlineData("needs_user_input", "none", Unchanged)]
    [InlineData("needs_user_input", "passing", Unchanged)]
    [InlineData("needs_user_input", "concern", Unchanged)]
    [InlineData("needs_user_input", "blocker", BlockedByLint)]
    [InlineData("needs_user_input", "both", BlockedByLint)]
    [InlineData("cancelled", "none", Unchanged)]
    [InlineData("cancelled", "passing", Unchanged)]
    [InlineData("cancelled", "concern", Unchanged)]
    [InlineData("cancelled", "blocker", Unchanged)]
    [InlineData("cancelled", "both", Unchanged)]
    [InlineData("failed", "none", Unchanged)]
    [InlineData("failed", "passing", Unchanged)]
    [InlineData("failed", "concern", Unchanged)]
    [InlineData("failed", "blocker", Unchanged)]
    [InlineData("failed", "both", Unchanged)]
    public void Enforce_over_every_proposed_status(string proposedName, string gatesName, string expected)
    {
        RunFinalStatus proposed = Proposed(proposedName);

        RunFinalStatus actual = Imp.Closeout.Enforce(proposed, Gates(gatesName));

        if (expected == Unchanged)
        {
            actual.ShouldBeSameAs(proposed);
        }
        else
        {
            StatusText.Of(actual).ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("done")]
    [InlineData("done_with_concerns")]
    [InlineData("blocked")]
    [InlineData("needs_user_input")]
    public void Merged_concerns_leave_the_proposed_status_as_it_was(string proposedName)
    {
        RunFinalStatus proposed = Proposed(proposedName);
        string before = StatusText.Of(proposed);

        Imp.Closeout.Enforce(proposed, Gates("both"));
        Imp.Closeout.Enforce(proposed, Gates("concern"));

        StatusText.Of(proposed).ShouldBe(before);
    }

    [Fact]
    public void Nothing_is_allocated_when_nothing_changes()
    {
        var gates = new List<VerificationGate>();
        for (int i = 0; i < 1000; i++)
        {
            var gate = VerificationGate.Command($"gate-{i}", "cargo test");
            if (i % 2 == 0)
            {
                gate.MarkPassed(VerificationGateResult.Passed(0));
            }
            else
            {
                gate.Requirement = VerificationGateRequirement.Advisory;
                gate.MarkFailed(VerificationGateResult.Failed(1));
            }

            gates.Add(gate);
        }

        RunFinalStatus done = Proposed("done");
        RunFinalStatus blocked = Proposed("blocked");
        List<VerificationGate> withConcern = [.. gates, Gates("concern")[0]];
        var decision = new LoopDecision.Finish(done);
        (RunFinalStatus, RunFinalStatus, LoopDecision) results = Run();

        long before = GC.GetAllocatedBytesForCurrentThread();
        results = Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.ShouldBe(0);
        results.Item1.ShouldBeSameAs(done);
        results.Item2.ShouldBeSameAs(blocked);
        results.Item3.ShouldBeSameAs(decision);

        (RunFinalStatus, RunFinalStatus, LoopDecision) Run() => (
            Imp.Closeout.Enforce(done, gates),
            Imp.Closeout.Enforce(blocked, withConcern),
            Imp.Closeout.EnforceDecision(decision, gates));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => Imp.Closeout.Enforce(null!, [])).ParamName.ShouldBe("proposed");
        Should.Throw<ArgumentNullException>(() => Imp.Closeout.Enforce(Proposed("done"), null!)).ParamName.ShouldBe("gates");

        var passing = Gates("passing")[0];
        var error = Should.Throw<ArgumentException>(() => Imp.Closeout.Enforce(Proposed("done"), [passing, null!]));
        error.ParamName.ShouldBe("gates");
        error.Message.ShouldContain("The gate at index 1 is null.", Case.Sensitive);
    }

    internal static RunFinalStatus Proposed(string name) => name switch
    {
        "done" => new RunFinalStatus.Done(StopReason.WorkCompleted),
        "done_with_concerns" => new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["earlier"]),
        "blocked" => new RunFinalStatus.Blocked(StopReason.UserBlocker, "needs a token"),
        "needs_user_input" => new RunFinalStatus.NeedsUserInput("which branch?"),
        "cancelled" => new RunFinalStatus.Cancelled(),
        "failed" => new RunFinalStatus.Failed("provider error"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such proposed status."),
    };

    /// <summary>Fresh gates: none, one passing, one with a concern, one blocker, or a concern, a blocker and a passing gate.</summary>
    internal static VerificationGate[] Gates(string name)
    {
        var passing = VerificationGate.Command("unit", "cargo test");
        passing.MarkPassed(VerificationGateResult.Passed(0) with { Summary = "all green" });
        var concern = VerificationGate.Command("fmt", "cargo fmt --check");
        concern.MarkFailed(VerificationGateResult.Failed(1) with { Summary = "diff found" });
        var blocker = VerificationGate.Command("lint", "cargo clippy");
        blocker.MarkBlocked("clippy missing");
        return name switch
        {
            "none" => [],
            "passing" => [passing],
            "concern" => [concern],
            "blocker" => [blocker],
            "both" => [concern, blocker, passing],
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such gate set."),
        };
    }
}
