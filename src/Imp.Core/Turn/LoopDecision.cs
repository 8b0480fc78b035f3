namespace Imp;

/// <summary>
/// What the loop does after a turn: continue, always with a reason, or finish with a status. Serialized as
/// imp-core does: <c>{"type":"continue","reason":"execution_debt","prompt":"…"}</c>.
/// </summary>
[WireUnion]
public abstract partial record LoopDecision
{
    /// <summary>Spend another turn.</summary>
    /// <param name="Reason">Why another turn is justified.</param>
    /// <param name="Prompt">What the next turn is asked to do.</param>
    public sealed partial record Continue(ContinueReason Reason, string Prompt) : LoopDecision;

    /// <summary>End the run.</summary>
    /// <param name="Status">How it ends.</param>
    public sealed partial record Finish(RunFinalStatus Status) : LoopDecision;
}
