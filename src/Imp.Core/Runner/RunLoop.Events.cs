using System;

namespace Imp;

internal sealed partial class RunLoop
{
    private void Enter(TurnState turn, TurnPhase phase)
    {
        turn.Enter(phase);
        if (_observed)
        {
            Emit(PhaseEnteredEvents.For(_runId, turn.Index, phase));
        }
    }

    // Events come one at a time, from the run's own flow, except while tools run: a read-only batch starts and ends
    // its calls on several threads, so only those events take the lock (the executor has returned before any other).
    private void Emit(RunEvent runEvent)
    {
        if (!_observed)
        {
            return;
        }

        _trace?.Write(runEvent);
        _telemetry?.Observe(runEvent);
        _onEvent?.Post(runEvent);
        _run.Publish(runEvent);
    }

    // For the events that end a run: a failing trace or callback must not stop them from reaching the host.
    private void EmitQuietly(RunEvent runEvent)
    {
        try
        {
            _trace?.Write(runEvent);
        }
        catch (Exception error) when (error is System.IO.IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The failure that broke the trace is already the run's status.
        }

        _telemetry?.Observe(runEvent);
        try
        {
            _onEvent?.Post(runEvent);
        }
#pragma warning disable CA1031 // The host's callback already failed the run once; its second failure changes nothing.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        _run.Publish(runEvent);
    }
}
