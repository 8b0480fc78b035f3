using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Runner.Support;

/// <summary>Collects a run's events through <see cref="TurnRunnerOptions.OnEvent"/>.</summary>
public sealed class RunRecorder
{
    private readonly List<RunEvent> _events = [];

    public void Record(RunEvent runEvent)
    {
        lock (_events)
        {
            _events.Add(runEvent);
        }
    }

    /// <summary>An asynchronous observer (<see cref="TurnRunnerOptions.OnEvent"/>) that records and completes at once.</summary>
    public ValueTask RecordAsync(RunEvent runEvent, CancellationToken cancellationToken)
    {
        Record(runEvent);
        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<RunEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public IEnumerable<T> Of<T>() where T : RunEvent => Events.OfType<T>();

    /// <summary>The phases entered, as "turn:phase" wire names.</summary>
    public string[] Phases => [.. Of<RunEvent.PhaseEntered>().Select(p => $"{p.Turn}:{p.Phase.AsStr()}")];
}
