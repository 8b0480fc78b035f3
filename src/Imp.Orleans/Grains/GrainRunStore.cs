using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Imp.Orleans;

/// <summary>
/// The run store of one grain: its records live in the grain's state, written to the silo's grain storage on every
/// append, so a record the runner appended is in storage before the run goes on — and a silo that dies loses none.
/// </summary>
/// <remarks>
/// The runner appends synchronously from its own threads (never the grain's scheduler), so this store talks to the
/// storage provider directly and waits for each write; a grain-context state object would not allow that. The same
/// lock orders the grain's own writes (start, cancel, outcome) with the runner's.
/// </remarks>
internal sealed class GrainRunStore : IRunStore
{
    /// <summary>The state name under which a run's grain keeps its state in the provider.</summary>
    internal const string StateName = "run";

    private readonly IGrainStorage _storage;
    private readonly GrainId _grainId;
    private readonly GrainState<RunGrainState> _state = new(new RunGrainState());
    private readonly object _gate = new();
    private bool _closed;

    public GrainRunStore(IGrainStorage storage, GrainId grainId)
    {
        _storage = storage;
        _grainId = grainId;
    }

    /// <summary>The state as last read or written. Change it only inside <see cref="Update"/>.</summary>
    public RunGrainState State => _state.State!;

    /// <summary>A copy of the stored records.</summary>
    public IReadOnlyList<string> Records()
    {
        lock (_gate)
        {
            return [.. _state.State!.Records];
        }
    }

    public Task ReadAsync() => _storage.ReadStateAsync(StateName, _grainId, _state);

    /// <summary>Applies <paramref name="change"/> and writes the state, under the store's lock; blocks until stored.</summary>
    public void Update(Action<RunGrainState> change)
    {
        lock (_gate)
        {
            if (_closed)
            {
                throw new ObjectDisposedException(nameof(GrainRunStore), "The run's grain was deactivated: another activation continues the run and stores its records.");
            }

            change(_state.State!);

            // A thread-pool thread waits for the provider: the runner must know the record is stored before it goes on.
            try
            {
                _storage.WriteStateAsync(StateName, _grainId, _state).GetAwaiter().GetResult();
            }
            catch
            {
                // The state in memory is now ahead of storage (or another activation owns it): write nothing more.
                _closed = true;
                throw;
            }
        }
    }

    /// <summary>Refuses every later write: the activation is going away and another one will own the run.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }
    }

    IRunLog IRunStore.Open(string runId) => new Log(this);

    async IAsyncEnumerable<RunRecord> IRunStore.ReadAsync(string runId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[] records;
        lock (_gate)
        {
            records = [.. _state.State!.Records];
        }

        foreach (string json in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return JsonSerializer.Deserialize(json, ImpJson.TypeInfo<RunRecord>())
                ?? throw new InvalidOperationException($"Run {runId}: a stored record is JSON null.");
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The log the runner appends to; closing it leaves the grain's state alone.</summary>
    private sealed class Log(GrainRunStore store) : IRunLog
    {
        public void Append(RunRecord record, bool durable)
        {
            // Every record is written, durable or not: a silo is a process, and a process kill must lose nothing acknowledged.
            string json = JsonSerializer.Serialize(record, ImpJson.TypeInfo<RunRecord>());
            store.Update(state => state.Records.Add(json));
        }

        public void Dispose()
        {
        }
    }
}
