using System.Collections.Generic;

namespace Imp;

/// <summary>
/// Computes each turn's <see cref="PostTurnAssessment"/>, keeping what it needs across a run's turns.
/// </summary>
/// <remarks>
/// imp-core computes its evidence in <c>assess_post_turn</c>, which is not part of the reference sources; the fields and
/// the rule chain are imp-core's, the way they are filled here is the SDK's (docs/runner.md): repeated action from
/// identical tool calls in <see cref="TurnRunnerOptions.RepeatedActionLimit"/> turns in a row; execution evidence and
/// debt from the turn's tool outcomes; work completed for a turn without tool calls that answers with text after the
/// run has carried out work; the task and text-fallback evidence and any runtime stop from the host.
/// </remarks>
internal sealed class TurnAssessor(int repeatedActionLimit)
{
    private readonly RepeatedActionDetector _repeats = new();
    private bool _executed;

    /// <summary>Feeds a finished turn of an earlier process (a resumed run) without assessing it.</summary>
    public void Replay(IReadOnlyList<StreamEvent.ToolCall> calls, IReadOnlyList<ToolCallResult> results)
    {
        _repeats.Observe(calls);
        _executed |= AnySucceeded(results);
    }

    public PostTurnAssessment Assess(TurnOutcome outcome, IReadOnlyList<StreamEvent.ToolCall> calls)
    {
        int repeated = _repeats.Observe(calls);
        bool evidence = AnySucceeded(outcome.ToolResults);
        bool debt = false;
        foreach (ToolCallResult result in outcome.ToolResults)
        {
            debt |= result.Outcome != ToolOutcome.Succeeded;
        }

        bool completed = calls.Count == 0 && _executed && outcome.AssistantText.Length > 0;
        _executed |= evidence;
        var runtime = new RuntimeEvidence(
            RepeatedAction: calls.Count > 0 && repeated >= repeatedActionLimit,
            ExecutionStopReason: null,
            WorkCompleted: completed,
            ExecutionDebt: debt,
            ExecutionEvidence: evidence,
            PlanningOnlyProgress: false);
        return new PostTurnAssessment(outcome, runtime, TaskEvidence.None, TextFallbackEvidence.None, ContinueRecommendation: null);
    }

    private static bool AnySucceeded(IReadOnlyList<ToolCallResult> results)
    {
        foreach (ToolCallResult result in results)
        {
            if (result.Outcome == ToolOutcome.Succeeded)
            {
                return true;
            }
        }

        return false;
    }
}
