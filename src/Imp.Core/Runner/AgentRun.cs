using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// One running agent, started by <see cref="TurnRunner.Start(string, CancellationToken)"/>: its live events, its completion, and the commands a
/// host may send while it runs (cancel, steer, follow-up). Commands are thread-safe.
/// </summary>
public sealed class AgentRun
{
    private readonly Channel<RunEvent>? _events;
    private readonly Queue<string> _steers = new();
    private readonly Queue<string> _followUps = new();
    private readonly CancellationTokenSource? _cancellation;
    private readonly CancellationToken _token;
    private readonly object _gate = new();
    private bool _finished;
    private bool _cancelRequested;
    private Task? _cancelling;

    /// <param name="publishesEvents">
    /// Whether a host holds this run: then <see cref="Events"/> buffers the events and <see cref="Cancel"/> has a source to
    /// cancel. A run from <see cref="TurnRunner.RunAsync(string, CancellationToken)"/> needs neither; the caller's token is its only cancellation.
    /// </param>
    /// <param name="id">The run's id.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    internal AgentRun(bool publishesEvents, string id, CancellationToken cancellationToken)
    {
        Id = id;
        if (publishesEvents)
        {
            _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _token = _cancellation.Token;
            _events = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = true });
        }
        else
        {
            _token = cancellationToken;
        }
    }

    /// <summary>
    /// The run's id, <c>run_</c> and 32 hex digits as imp-core makes them: every event, checkpoint and stored record of
    /// the run carries it, and <see cref="TurnRunner.ResumeAsync"/> takes it.
    /// </summary>
    public string Id { get; }

    /// <summary>A new run id.</summary>
    internal static string NewId() => RunIds.New();

    /// <summary>
    /// The run's events as they happen, ending when the run ends. Every event is buffered until read, so a host that
    /// reads late still sees them all; read it once.
    /// </summary>
    public IAsyncEnumerable<RunEvent> Events => (_events ?? throw new InvalidOperationException("This run publishes no events.")).Reader.ReadAllAsync();

    /// <summary>
    /// Completes with the run's result. Cancellation is an outcome, not an exception: a cancelled run completes with
    /// <see cref="RunFinalStatus.Cancelled"/>.
    /// </summary>
    public Task<RunResult> Completion { get; internal set; } = null!;

    internal CancellationToken Token => _token;

    /// <summary>Whether <see cref="Events"/> is read: a run from <see cref="TurnRunner.RunAsync(string, CancellationToken)"/> has no buffer.</summary>
    internal bool PublishesEvents => _events is not null;

    internal bool CancelRequested
    {
        get
        {
            lock (_gate)
            {
                return _cancelRequested;
            }
        }
    }

    /// <summary>Cancels the run: it finishes as cancelled and starts no further tool. Does nothing once the run has finished.</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            if (_cancelRequested)
            {
                return;
            }

            _cancelRequested = true;

            // The run's awaits resume on the thread pool, not on the host's thread inside this call; the source is
            // disposed only once those callbacks have run.
            _cancelling = _cancellation?.CancelAsync();
        }
    }

    /// <summary>Adds <paramref name="message"/> as a user message before the model is sampled next.</summary>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or white space.</exception>
    /// <exception cref="InvalidOperationException">The run has finished.</exception>
    public void Steer(string message) => Enqueue(_steers, message, nameof(Steer));

    /// <summary>
    /// Queues <paramref name="message"/> for when the run would otherwise finish: the loop policy continues with it
    /// (<see cref="ContinueReason.QueuedUserFollowUp"/>). Follow-ups no turn takes are in <see cref="RunResult.UnusedFollowUps"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or white space.</exception>
    /// <exception cref="InvalidOperationException">The run has finished.</exception>
    public void FollowUp(string message) => Enqueue(_followUps, message, nameof(FollowUp));

    internal string[] TakeSteers() => TakeAll(_steers);

    internal string? PeekFollowUp()
    {
        lock (_gate)
        {
            return _followUps.TryPeek(out string? message) ? message : null;
        }
    }

    internal void TakeFollowUp()
    {
        lock (_gate)
        {
            _followUps.Dequeue();
        }
    }

    internal void Publish(RunEvent runEvent) => _events?.Writer.TryWrite(runEvent);

    /// <summary>Marks the run finished: later commands are refused, and the follow-ups left over are returned.</summary>
    internal List<string> Finish()
    {
        List<string> left;
        lock (_gate)
        {
            _finished = true;
            left = [.. _followUps];
            _followUps.Clear();
            if (_cancelling is null)
            {
                _cancellation?.Dispose();
            }
            else
            {
                _cancelling.ContinueWith(static (_, source) => ((CancellationTokenSource)source!).Dispose(), _cancellation!, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        _events?.Writer.TryComplete();
        return left;
    }

    private void Enqueue(Queue<string> queue, string message, string command)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException($"A {command} message needs text; it was {(message is null ? "null" : "empty")}.", nameof(message));
        }

        lock (_gate)
        {
            if (_finished)
            {
                throw new InvalidOperationException($"The run has finished; it takes no more {command} messages.");
            }

            queue.Enqueue(message);
        }
    }

    private string[] TakeAll(Queue<string> queue)
    {
        lock (_gate)
        {
            if (queue.Count == 0)
            {
                return [];
            }

            string[] all = [.. queue];
            queue.Clear();
            return all;
        }
    }
}
