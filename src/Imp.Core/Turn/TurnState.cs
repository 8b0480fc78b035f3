using System;
using System.Text.Json.Serialization;

namespace Imp;

/// <summary>
/// The visible state of one agent turn: where it is, why it continues, and how many tool calls it planned and
/// completed. Phase changes follow <see cref="TurnPhaseTransitions"/>: an illegal one is refused.
/// </summary>
/// <remarks>
/// Serialized through <see cref="Json.ImpJson.Options"/> it is exactly what imp-core writes:
/// <c>{"index":0,"phase":"receive_commands","continue_reason":null,"planned_tools":0,"completed_tools":0}</c>.
/// Not thread-safe: a turn belongs to one runner.
/// </remarks>
public sealed class TurnState
{
    /// <summary>Starts turn <paramref name="index"/> in <see cref="TurnPhaseTransitions.Initial"/>.</summary>
    public TurnState(uint index)
        : this(index, TurnPhaseTransitions.Initial, continueReason: null, plannedTools: 0, completedTools: 0)
    {
    }

    /// <summary>Restores a turn, for example one read back from JSON.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A phase or reason that is not a declared member, or more completed tools than planned.
    /// </exception>
    [JsonConstructor]
    public TurnState(uint index, TurnPhase phase, ContinueReason? continueReason, ulong plannedTools, ulong completedTools)
    {
        if (!Enum.IsDefined(phase))
        {
            throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a declared TurnPhase.");
        }

        if (continueReason is { } reason && !Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(continueReason), reason, "Not a declared ContinueReason.");
        }

        CheckCompleted(completedTools, plannedTools);
        Index = index;
        Phase = phase;
        ContinueReason = continueReason;
        PlannedTools = plannedTools;
        CompletedTools = completedTools;
    }

    // The [JsonInclude] setters are internal, not private, so that ImpJsonContext's generated code can reach them
    // ([JsonRequired] needs a setter); only this type sets them.
    /// <summary>The turn's index in the run, from 0.</summary>
    [JsonRequired]
    [JsonInclude]
    public uint Index { get; internal set; }

    /// <summary>The phase the turn is in.</summary>
    [JsonRequired]
    [JsonInclude]
    public TurnPhase Phase { get; internal set; }

    /// <summary>Why the run continues after this turn, once decided.</summary>
    public ContinueReason? ContinueReason { get; private set; }

    /// <summary>How many tool calls the turn planned (a Rust <c>usize</c>).</summary>
    [JsonRequired]
    [JsonInclude]
    public ulong PlannedTools { get; internal set; }

    /// <summary>How many planned tool calls have completed (a Rust <c>usize</c>).</summary>
    [JsonRequired]
    [JsonInclude]
    public ulong CompletedTools { get; internal set; }

    /// <summary>Enters <paramref name="phase"/> when the table allows it from the current phase.</summary>
    /// <exception cref="PhaseTransitionException">The table does not allow it; the message names this turn, both phases and the allowed ones.</exception>
    public void Enter(TurnPhase phase)
    {
        if (!TryEnter(phase))
        {
            throw PhaseTransitionException.Create(Phase, phase, TurnPhaseTransitions.AllowedNext(Phase), TurnPhaseExtensions.AsStr, Index);
        }
    }

    /// <summary>Enters <paramref name="phase"/> when the table allows it; otherwise changes nothing and returns false.</summary>
    public bool TryEnter(TurnPhase phase)
    {
        if (!TurnPhaseTransitions.CanTransition(Phase, phase))
        {
            return false;
        }

        Phase = phase;
        return true;
    }

    /// <summary>Records why the run continues after this turn.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a declared member.</exception>
    public void RecordContinue(ContinueReason reason)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a declared ContinueReason.");
        }

        ContinueReason = reason;
    }

    /// <summary>Records how many tool calls the turn planned.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="plannedTools"/> is fewer than already completed.</exception>
    public void RecordToolPlan(ulong plannedTools)
    {
        if (plannedTools < CompletedTools)
        {
            throw new ArgumentOutOfRangeException(
                nameof(plannedTools),
                plannedTools,
                $"{CompletedTools} tool calls have already completed; a plan cannot hold fewer.");
        }

        PlannedTools = plannedTools;
    }

    /// <summary>Records how many planned tool calls have completed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completedTools"/> is more than were planned.</exception>
    public void RecordToolResults(ulong completedTools)
    {
        CheckCompleted(completedTools, PlannedTools);
        CompletedTools = completedTools;
    }

    private static void CheckCompleted(ulong completedTools, ulong plannedTools)
    {
        if (completedTools > plannedTools)
        {
            throw new ArgumentOutOfRangeException(
                nameof(completedTools),
                completedTools,
                $"Completed tool calls must be between 0 and the {plannedTools} planned.");
        }
    }
}
