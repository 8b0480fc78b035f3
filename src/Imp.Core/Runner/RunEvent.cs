namespace Imp;

/// <summary>
/// What a run reports as it goes, for a host to display or to keep: one JSON object per event, in imp's wire format
/// (<c>{"type":"phase_entered","turn":0,"phase":"sample_model"}</c>). <see cref="RunTrace"/> writes and reads them as JSON Lines.
/// </summary>
[WireUnion]
public abstract partial record RunEvent
{
    /// <summary>
    /// The id of the run that reported the event (<see cref="AgentRun.Id"/>); empty for an event made by hand. A trace
    /// line carries it as its first field, <c>"run_id"</c>. It is the event's address, not what happened, so equality
    /// leaves it out: an event equals one made by hand with the same fields.
    /// </summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>Whether <paramref name="other"/> is the same kind of event; the variants compare their fields.</summary>
    public virtual bool Equals(RunEvent? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc />
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>The run started with the user's prompt.</summary>
    /// <param name="Prompt">The user's first message.</param>
    public sealed partial record RunStarted(string Prompt) : RunEvent;

    /// <summary>A run whose process died goes on in this one (<see cref="TurnRunner.ResumeAsync"/>).</summary>
    /// <param name="Turn">The turn it goes on with.</param>
    public sealed partial record RunResumed(uint Turn) : RunEvent;

    /// <summary>A turn entered a phase of <see cref="TurnPhaseTransitions"/>.</summary>
    /// <param name="Turn">The turn's index, from 0.</param>
    /// <param name="Phase">The phase entered.</param>
    public sealed partial record PhaseEntered(uint Turn, TurnPhase Phase) : RunEvent;

    /// <summary>The run took a host's command.</summary>
    /// <param name="Turn">The turn during which the command took effect.</param>
    /// <param name="Command">Which command.</param>
    /// <param name="Text">The message of a steer or follow-up command; null for cancel.</param>
    public sealed partial record CommandReceived(uint Turn, RunCommand Command, string? Text) : RunEvent;

    /// <summary>Sampling the model failed before anything meaningful arrived and is retried after a delay.</summary>
    /// <param name="Turn">The turn being sampled.</param>
    /// <param name="Attempt">Retries made before this one: 0 for the first retry.</param>
    /// <param name="DelayMs">How long the runner waits before asking again, in milliseconds.</param>
    /// <param name="Error">The failure being retried.</param>
    public sealed partial record ModelRetry(uint Turn, int Attempt, long DelayMs, string Error) : RunEvent;

    /// <summary>The model's message of a turn is complete.</summary>
    /// <param name="Turn">The turn.</param>
    /// <param name="Text">The message's text (its thinking is not included).</param>
    /// <param name="ToolCalls">How many tool calls it holds.</param>
    public sealed partial record AssistantMessage(uint Turn, string Text, int ToolCalls) : RunEvent;

    /// <summary>Sampling the model failed for good; the turn records the failure as its observation.</summary>
    /// <param name="Turn">The turn.</param>
    /// <param name="Error">What went wrong.</param>
    public sealed partial record ModelFailed(uint Turn, string Error) : RunEvent;

    /// <summary>A planned tool call started.</summary>
    /// <param name="Turn">The turn.</param>
    /// <param name="Index">The call's position in the model's message, from 0.</param>
    /// <param name="Id">The call's id.</param>
    /// <param name="Name">The tool's name.</param>
    /// <param name="Risk">What the call may change.</param>
    public sealed partial record ToolStarted(uint Turn, ulong Index, string Id, string Name, ToolRisk Risk) : RunEvent;

    /// <summary>A planned tool call ended.</summary>
    /// <param name="Turn">The turn.</param>
    /// <param name="Index">The call's position in the model's message, from 0.</param>
    /// <param name="Id">The call's id.</param>
    /// <param name="Name">The tool's name.</param>
    /// <param name="Outcome">How it ended.</param>
    /// <param name="DurationMs">How long it took on the runner's clock, in milliseconds.</param>
    /// <param name="Output">What the model reads as its result.</param>
    public sealed partial record ToolFinished(uint Turn, ulong Index, string Id, string Name, ToolOutcome Outcome, long DurationMs, string Output) : RunEvent;

    /// <summary>The run recorded a recovery checkpoint (imp-core's <c>RecoveryCheckpoint</c> event).</summary>
    /// <param name="Checkpoint">The checkpoint, in imp-core's shape.</param>
    public sealed partial record CheckpointRecorded(RecoveryCheckpoint Checkpoint) : RunEvent;

    /// <summary>The loop decided what to do after a turn.</summary>
    /// <param name="Turn">The turn.</param>
    /// <param name="Decision">Continue, with its reason, or finish, with the proposed status.</param>
    public sealed partial record DecisionMade(uint Turn, LoopDecision Decision) : RunEvent;

    /// <summary>A verification gate was checked at closeout.</summary>
    /// <param name="Id">The gate's id.</param>
    /// <param name="Name">The gate's name.</param>
    /// <param name="Requirement">How much it weighs.</param>
    /// <param name="Status">Where it stands after the check.</param>
    /// <param name="Detail">The gate's reason, or else its result's summary; null when it has neither.</param>
    public sealed partial record GateChecked(string Id, string Name, VerificationGateRequirement Requirement, VerificationGateStatus Status, string? Detail) : RunEvent;

    /// <summary>The run ended.</summary>
    /// <param name="Status">The final status, after verification closeout.</param>
    /// <param name="Turns">How many turns ran.</param>
    public sealed partial record RunFinished(RunFinalStatus Status, uint Turns) : RunEvent;
}
