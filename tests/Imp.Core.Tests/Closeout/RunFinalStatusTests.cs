using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>RunFinalStatus.FromStopReason and WithConcern, as imp-core defines them.</summary>
public sealed class RunFinalStatusTests
{
    [Theory]
    [InlineData(StopReason.NoAutomaticFollowUp, "done(no_automatic_follow_up)")]
    [InlineData(StopReason.NoProgress, "done_with_concerns(no_progress | stopped because no justified continuation was available)")]
    [InlineData(StopReason.RepeatedAction, "blocked(repeated_action | repeated_action)")]
    [InlineData(StopReason.UserBlocker, "blocked(user_blocker | user_blocker)")]
    [InlineData(StopReason.ExecutionBlocked, "blocked(execution_blocked | execution_blocked)")]
    [InlineData(StopReason.DecompositionCompleted, "done(decomposition_completed)")]
    [InlineData(StopReason.WorkCompleted, "done(work_completed)")]
    public void From_stop_reason(StopReason reason, string expected)
    {
        StatusText.Of(RunFinalStatus.FromStopReason(reason)).ShouldBe(expected);
    }

    [Fact]
    public void With_concern_turns_done_into_done_with_concerns()
    {
        StatusText.Of(new RunFinalStatus.Done(StopReason.WorkCompleted).WithConcern("docs not updated"))
            .ShouldBe("done_with_concerns(work_completed | docs not updated)");
    }

    [Fact]
    public void With_concern_appends_to_done_with_concerns_and_leaves_the_original_alone()
    {
        var original = new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["first"]);

        RunFinalStatus added = original.WithConcern("second");

        StatusText.Of(added).ShouldBe("done_with_concerns(no_progress | first | second)");
        StatusText.Of(original).ShouldBe("done_with_concerns(no_progress | first)");
    }

    [Fact]
    public void With_concern_leaves_other_statuses_as_they_are()
    {
        RunFinalStatus[] others =
        [
            new RunFinalStatus.Blocked(StopReason.UserBlocker, "needs a token"),
            new RunFinalStatus.NeedsUserInput("which branch?"),
            new RunFinalStatus.Cancelled(),
            new RunFinalStatus.Failed("provider error"),
        ];

        foreach (RunFinalStatus status in others)
        {
            status.WithConcern("ignored").ShouldBeSameAs(status);
        }
    }
}
