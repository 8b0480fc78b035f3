using System.Collections.Generic;

namespace Imp;

/// <summary>How a run ended. Serialized as imp-core does: <c>{"type":"done","reason":"work_completed"}</c>.</summary>
[WireUnion]
public abstract partial record RunFinalStatus
{
    /// <summary>Turns a stop reason into the status imp-core gives it: blockers block, no progress is done with a concern, the rest is done.</summary>
    public static RunFinalStatus FromStopReason(StopReason reason) => reason switch
    {
        StopReason.UserBlocker or StopReason.ExecutionBlocked or StopReason.RepeatedAction => new Blocked(reason, reason.AsStr()),
        StopReason.NoProgress => new DoneWithConcerns(reason, ["stopped because no justified continuation was available"]),
        _ => new Done(reason),
    };

    /// <summary>
    /// Adds a concern: done becomes done with concerns, done with concerns gets one more; any other status is
    /// returned unchanged.
    /// </summary>
    public RunFinalStatus WithConcern(string concern) => this switch
    {
        Done done => new DoneWithConcerns(done.Reason, [concern]),
        DoneWithConcerns withConcerns => new DoneWithConcerns(withConcerns.Reason, [.. withConcerns.Concerns, concern]),
        _ => this,
    };

    /// <summary>The work is done.</summary>
    /// <param name="Reason">Why the run stopped.</param>
    public sealed partial record Done(StopReason Reason) : RunFinalStatus;

    /// <summary>The work is done, with concerns the user should read.</summary>
    /// <param name="Reason">Why the run stopped.</param>
    /// <param name="Concerns">What is left uncertain, in the order found.</param>
    public sealed partial record DoneWithConcerns(StopReason Reason, IReadOnlyList<string> Concerns) : RunFinalStatus;

    /// <summary>The run cannot go on without a change outside it.</summary>
    /// <param name="Reason">Why the run stopped.</param>
    /// <param name="Message">What blocks it.</param>
    public sealed partial record Blocked(StopReason Reason, string Message) : RunFinalStatus;

    /// <summary>The run waits for the user's answer.</summary>
    /// <param name="Question">What the user is asked.</param>
    public sealed partial record NeedsUserInput(string Question) : RunFinalStatus;

    /// <summary>The run was cancelled.</summary>
    public sealed partial record Cancelled : RunFinalStatus;

    /// <summary>The run failed.</summary>
    /// <param name="Message">What went wrong.</param>
    public sealed partial record Failed(string Message) : RunFinalStatus;
}
