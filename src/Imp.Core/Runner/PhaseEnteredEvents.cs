using System.Threading;

namespace Imp;

/// <summary>
/// The <see cref="RunEvent.PhaseEntered"/> events of the first turns, made once and shared: a turn enters up to nine
/// phases, and the events are immutable, so a run that is observed need not allocate one per phase.
/// </summary>
internal static class PhaseEnteredEvents
{
    private const int CachedTurns = 64;
    private static readonly RunEvent.PhaseEntered?[] Cache = new RunEvent.PhaseEntered?[CachedTurns * TurnPhaseExtensions.Count];

    /// <summary>The event for <paramref name="turn"/> entering <paramref name="phase"/>.</summary>
    public static RunEvent.PhaseEntered For(uint turn, TurnPhase phase)
    {
        if (turn >= CachedTurns || (uint)phase >= TurnPhaseExtensions.Count)
        {
            return new RunEvent.PhaseEntered(turn, phase);
        }

        uint slot = (turn * TurnPhaseExtensions.Count) + (uint)phase;
        RunEvent.PhaseEntered? cached = Volatile.Read(ref Cache[slot]);
        if (cached is null)
        {
            // Two threads may both build it; the events are equal, and the first one stored is kept.
            var made = new RunEvent.PhaseEntered(turn, phase);
            cached = Interlocked.CompareExchange(ref Cache[slot], made, null) ?? made;
        }

        return cached;
    }
}
