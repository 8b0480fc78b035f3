using System.Collections.Generic;
using System.Text.Json;
using Imp.Json;
using System.Threading.Tasks;

namespace Imp.Orleans;

/// <summary>
/// The events of one activation, numbered (<see cref="RunEventEntry.Sequence"/>), kept for watchers that come late or
/// come back. The runner adds from its threads; watchers read on the grain's scheduler.
/// </summary>
internal sealed class RunEventBuffer
{
    private readonly List<RunEventEntry> _entries = [];
    private readonly object _gate = new();
    private readonly long _base;
    private TaskCompletionSource _changed = NewSignal();
    private bool _completed;

    /// <param name="activation">The activation's number (1 for the first): the high 32 bits of every sequence number.</param>
    public RunEventBuffer(int activation) => _base = (long)activation << 32;

    /// <summary>The runner's event sink (<see cref="TurnRunnerOptions.OnEvent"/>): numbers the event and wakes the watchers.</summary>
    public ValueTask AddAsync(RunEvent runEvent, System.Threading.CancellationToken cancellationToken)
    {
        Add(runEvent);
        return ValueTask.CompletedTask;
    }

    public void Add(RunEvent runEvent)
    {
        string json = JsonSerializer.Serialize(runEvent, ImpJson.TypeInfo<RunEvent>());
        TaskCompletionSource signal;
        lock (_gate)
        {
            _entries.Add(new RunEventEntry { Sequence = _base + _entries.Count + 1, Json = json });
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>No more events come in this activation (the run ended).</summary>
    public void Complete()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _completed = true;
            signal = _changed;
        }

        signal.TrySetResult();
    }

    /// <summary>The entries after <paramref name="afterSequence"/>, whether more may come, and a task that completes when they do.</summary>
    public (List<RunEventEntry> Entries, bool Completed, Task Changed) After(long afterSequence)
    {
        lock (_gate)
        {
            // Numbers of an older activation are all below this one's: a client that saw them gets everything here.
            int from = afterSequence <= _base ? 0 : (int)(afterSequence - _base);
            List<RunEventEntry> entries = from >= _entries.Count ? [] : _entries.GetRange(from, _entries.Count - from);
            return (entries, _completed, _changed.Task);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
