using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// Delivers a run's events to the host's asynchronous observer (<see cref="TurnRunnerOptions.OnEvent"/>) one at a time,
/// in order. An observer that completes synchronously is called inline, with no queue; while a call is pending, later
/// events wait in a backlog that a drain delivers, so the run goes on without waiting for a slow observer.
/// </summary>
/// <remarks>
/// An observer that throws synchronously fails the run at once, as before; one whose call fails later gets no further
/// events, and its failure fails the run at the next event (<see cref="Post"/> rethrows it).
/// </remarks>
internal sealed class RunEventDispatcher(Func<RunEvent, CancellationToken, ValueTask> observer, CancellationToken cancellationToken)
{
    private readonly object _gate = new();
    private Queue<RunEvent>? _backlog;
    private bool _pending;
    private Task _drained = Task.CompletedTask;
    private Exception? _fault;

    /// <summary>Delivers <paramref name="runEvent"/>, now or after the events before it. Calls are serialized by the run.</summary>
    public void Post(RunEvent runEvent)
    {
        lock (_gate)
        {
            if (_fault is { } fault)
            {
                _fault = null;
                throw new InvalidOperationException($"The run's event observer failed: {fault.Message}", fault);
            }

            if (_pending)
            {
                (_backlog ??= new Queue<RunEvent>()).Enqueue(runEvent);
                return;
            }
        }

        ValueTask call = observer(runEvent, cancellationToken);
        if (!call.IsCompletedSuccessfully)
        {
            lock (_gate)
            {
                _pending = true;
            }

            _drained = DrainAsync(call);
        }
    }

    /// <summary>Completes when every posted event has been delivered (or the observer failed).</summary>
    public Task WhenDeliveredAsync() => _drained;

    /// <summary>
    /// Waits for the events posted so far, then takes the observer's failure, if any: one that came after the run's
    /// last event would otherwise be lost, and the run would end as if the observer had heard everything.
    /// </summary>
    public async Task<Exception?> TakeFaultAfterDeliveryAsync()
    {
        await _drained.ConfigureAwait(false);
        lock (_gate)
        {
            Exception? fault = _fault;
            _fault = null;
            return fault;
        }
    }

    private async Task DrainAsync(ValueTask pending)
    {
        try
        {
            while (true)
            {
                await pending.ConfigureAwait(false);
                RunEvent next;
                lock (_gate)
                {
                    if (_backlog is not { Count: > 0 } backlog)
                    {
                        _pending = false;
                        return;
                    }

                    next = backlog.Dequeue();
                }

                pending = observer(next, cancellationToken);
            }
        }
#pragma warning disable CA1031 // The observer's failure is handed to the run at its next event.
        catch (Exception error)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                _fault = error;
                _backlog = null;
            }
        }
    }
}
