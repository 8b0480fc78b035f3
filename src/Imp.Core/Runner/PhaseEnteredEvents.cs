namespace Imp;

/// <summary>Builds the <see cref="RunEvent.PhaseEntered"/> events of one run.</summary>
internal static class PhaseEnteredEvents
{
    /// <summary>The event for <paramref name="turn"/> of run <paramref name="runId"/> entering <paramref name="phase"/>.</summary>
    public static RunEvent.PhaseEntered For(string runId, uint turn, TurnPhase phase) => new(turn, phase) { RunId = runId };
}
