namespace Imp;

/// <summary>
/// imp-core's loop defaults: after a turn with tool calls, continue so the model reads their results; after a turn
/// without, finish as done (<see cref="StopReason.WorkCompleted"/>) unless the host queued a follow-up, which starts
/// the next turn. A model that could not be sampled fails the run.
/// </summary>
public sealed class DefaultLoopPolicy : ILoopPolicy
{
    /// <summary>The prompt of the continue decision after a tool turn.</summary>
    public const string InterpretToolResultsPrompt = "Interpret the tool results and continue the task.";

    // Decisions are immutable, so the two that need no text of the turn are shared.
    private static readonly LoopDecision InterpretToolResults = new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, InterpretToolResultsPrompt);
    private static readonly LoopDecision WorkCompleted = new LoopDecision.Finish(new RunFinalStatus.Done(StopReason.WorkCompleted));

    private DefaultLoopPolicy()
    {
    }

    /// <summary>The policy; it holds no state.</summary>
    public static DefaultLoopPolicy Instance { get; } = new();

    /// <inheritdoc />
    public LoopDecision Decide(TurnOutcome outcome)
    {
        System.ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.ModelError is { } error)
        {
            return new LoopDecision.Finish(new RunFinalStatus.Failed($"The model could not be sampled: {error}"));
        }

        if (outcome.ToolResults.Count > 0)
        {
            return InterpretToolResults;
        }

        return outcome.QueuedFollowUp is { } followUp
            ? new LoopDecision.Continue(ContinueReason.QueuedUserFollowUp, followUp)
            : WorkCompleted;
    }
}
