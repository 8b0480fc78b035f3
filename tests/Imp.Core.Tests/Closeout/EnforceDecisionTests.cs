using System;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>Closeout.EnforceDecision: finish decisions go through closeout, continue decisions do not.</summary>
public sealed class EnforceDecisionTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("passing")]
    [InlineData("concern")]
    [InlineData("blocker")]
    [InlineData("both")]
    public void Continue_is_left_untouched(string gatesName)
    {
        LoopDecision decision = new LoopDecision.Continue(ContinueReason.ExecutionDebt, "run the tests");

        Imp.Closeout.EnforceDecision(decision, EnforceMatrixTests.Gates(gatesName)).ShouldBeSameAs(decision);
    }

    [Theory]
    [InlineData("done", "none", "unchanged")]
    [InlineData("done", "passing", "unchanged")]
    [InlineData("done", "concern", "finish(done_with_concerns(work_completed | required verification failed: fmt (diff found)))")]
    [InlineData("done", "both", "finish(blocked(execution_blocked | required verification blocked: lint (clippy missing)))")]
    [InlineData("needs_user_input", "concern", "unchanged")]
    [InlineData("needs_user_input", "blocker", "finish(blocked(execution_blocked | required verification blocked: lint (clippy missing)))")]
    [InlineData("cancelled", "both", "unchanged")]
    [InlineData("failed", "both", "unchanged")]
    public void Finish_goes_through_closeout(string proposedName, string gatesName, string expected)
    {
        LoopDecision decision = new LoopDecision.Finish(EnforceMatrixTests.Proposed(proposedName));

        LoopDecision actual = Imp.Closeout.EnforceDecision(decision, EnforceMatrixTests.Gates(gatesName));

        if (expected == "unchanged")
        {
            actual.ShouldBeSameAs(decision);
        }
        else
        {
            StatusText.Of(actual).ShouldBe(expected);
        }
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => Imp.Closeout.EnforceDecision(null!, [])).ParamName.ShouldBe("decision");
        Should.Throw<ArgumentNullException>(() => Imp.Closeout.EnforceDecision(new LoopDecision.Finish(new RunFinalStatus.Cancelled()), null!))
            .ParamName.ShouldBe("gates");
        Should.Throw<ArgumentNullException>(() => Imp.Closeout.EnforceDecision(new LoopDecision.Finish(null!), []));
    }
}
