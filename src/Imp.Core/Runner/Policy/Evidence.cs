namespace Imp;

/// <summary>What the runtime saw in a turn (imp-core's <c>RuntimeEvidence</c>).</summary>
/// <param name="RepeatedAction">The turn repeated the tool calls of the turns before it (see <see cref="TurnRunnerOptions.RepeatedActionLimit"/>).</param>
/// <param name="ExecutionStopReason">A reason the runtime must stop, or <see langword="null"/>.</param>
/// <param name="WorkCompleted">The turn is the model's final answer after work it carried out.</param>
/// <param name="ExecutionDebt">A tool call of the turn did not succeed: something is left to do.</param>
/// <param name="ExecutionEvidence">A tool call of the turn succeeded.</param>
/// <param name="PlanningOnlyProgress">The turn only planned, and nothing was carried out.</param>
public sealed record RuntimeEvidence(
    bool RepeatedAction,
    StopReason? ExecutionStopReason,
    bool WorkCompleted,
    bool ExecutionDebt,
    bool ExecutionEvidence,
    bool PlanningOnlyProgress)
{
    /// <summary>No evidence at all.</summary>
    public static RuntimeEvidence None { get; } = new(false, null, false, false, false, false);
}

/// <summary>
/// What the host's task system says about the turn: imp-core's <c>ManaEvidence</c>, from its task tracker, which the
/// SDK does not have; a host supplies it through <see cref="TurnRunnerOptions.AssessTurn"/>.
/// </summary>
/// <param name="StopReason">A reason the task system wants the run to stop, or <see langword="null"/>.</param>
public sealed record TaskEvidence(StopReason? StopReason)
{
    /// <summary>The task system has nothing to say.</summary>
    public static TaskEvidence None { get; } = new((StopReason?)null);
}

/// <summary>
/// Stop reasons read from the model's text (imp-core's <c>TextFallbackEvidence</c>). imp-core's text reading is not
/// part of its loop sources, so the SDK leaves these empty; a host supplies them through
/// <see cref="TurnRunnerOptions.AssessTurn"/>.
/// </summary>
/// <param name="PlannerStopReason">A stop the model's plan announced, or <see langword="null"/>.</param>
/// <param name="ExecutionStopReason">A stop the model reported while executing, or <see langword="null"/>.</param>
public sealed record TextFallbackEvidence(StopReason? PlannerStopReason, StopReason? ExecutionStopReason)
{
    /// <summary>Nothing read from the text.</summary>
    public static TextFallbackEvidence None { get; } = new(null, null);
}

/// <summary>A justified next turn, with the prompt that asks for it.</summary>
/// <param name="Prompt">What the next turn is asked to do.</param>
/// <param name="Reason">Why another turn is justified.</param>
public sealed record ContinueRecommendation(string Prompt, ContinueReason Reason);

/// <summary>Everything the loop policy decides from after a turn (imp-core's <c>PostTurnAssessment</c>), and the turn itself.</summary>
/// <param name="Outcome">What the turn produced.</param>
/// <param name="Runtime">What the runtime saw.</param>
/// <param name="Task">What the host's task system says.</param>
/// <param name="TextFallback">Stop reasons read from the model's text.</param>
/// <param name="ContinueRecommendation">A justified next turn, or <see langword="null"/>.</param>
public sealed record PostTurnAssessment(
    TurnOutcome Outcome,
    RuntimeEvidence Runtime,
    TaskEvidence Task,
    TextFallbackEvidence TextFallback,
    ContinueRecommendation? ContinueRecommendation);
