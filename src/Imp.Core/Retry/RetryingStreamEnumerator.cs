using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace Imp;

/// <summary>
/// The stream <see cref="StreamRetry"/> returns, and its first enumeration: like a compiler-generated iterator, the
/// first <see cref="GetAsyncEnumerator"/> returns the object itself, and only a second enumeration allocates another.
/// Start-up (attempts, delays, held-back preamble; RetryingStreamEnumerator.StartUp.cs) runs once; after the first
/// meaningful event every call passes straight through to the upstream enumerator, so the per-event cost is one small
/// extra call and no allocation.
/// </summary>
internal sealed partial class RetryingStreamEnumerator<T> : IAsyncEnumerable<T>, IAsyncEnumerator<T>, IStreamAttempts
{
    private readonly Func<CancellationToken, IAsyncEnumerable<T>> _open;
    private readonly StreamRetryRules<T> _rules;
    private readonly RetryOptions? _options;

    // A user's pipeline runs every start-up; without one, the shared pipeline for the options' clock is entered only
    // once an attempt has failed.
    private readonly ResiliencePipeline? _userPipeline;
    private readonly Action<RetryAttempt>? _onRetry;

    private readonly int _creatorThread = Environment.CurrentManagedThreadId;
    private CancellationToken _cancellationToken;
    private bool _enumerated;

    // The one upstream enumerator open at a time; set when an attempt opens it, cleared when it is disposed.
    private IAsyncEnumerator<T>? _upstream;

    // The same enumerator once start-up is over and events pass straight through: its one field is all the per-event
    // path reads.
    private IAsyncEnumerator<T>? _streaming;

    private HeldPreamble<T> _preamble;
    private int _replayed;
    private bool _hasEvent;
    private T _current = default!;
    private Phase _phase;

    /// <summary>
    /// A retrying stream: <paramref name="options"/> with the shared pipelines, or a user's <paramref name="pipeline"/>;
    /// <paramref name="onRetry"/> hears of this stream's retries only.
    /// </summary>
    public RetryingStreamEnumerator(Func<CancellationToken, IAsyncEnumerable<T>> open, StreamRetryRules<T> rules, RetryOptions? options, ResiliencePipeline? pipeline, Action<RetryAttempt>? onRetry = null)
    {
        _open = open;
        _rules = rules;
        _options = options;
        _userPipeline = pipeline;
        _onRetry = onRetry;
    }

    private RetryingStreamEnumerator(RetryingStreamEnumerator<T> stream)
        : this(stream._open, stream._rules, stream._options, stream._userPipeline, stream._onRetry)
    {
    }

    private enum Phase
    {
        NotStarted,
        Starting,
        Replaying,
        Streaming,
        Done,
    }

    public RetryOptions? Options => _options;

    public Action<RetryAttempt>? OnRetry => _onRetry;

    // While streaming, the upstream's own Current is the event: nothing is copied per event.
    public T Current => _streaming is { } streaming ? streaming.Current : _current;

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        // As compiler-generated iterators do: only the creating thread may take the object itself, once, so two threads
        // enumerating at once never share it.
        var enumerator = !_enumerated && _creatorThread == Environment.CurrentManagedThreadId ? this : new RetryingStreamEnumerator<T>(this);
        enumerator._enumerated = true;
        enumerator._cancellationToken = cancellationToken;
        return enumerator;
    }

    // Small enough to inline at the consumer's call: the streaming case is one field, one check and the upstream's own
    // call. The token is checked here too, so a source that ignores it still stops when the consumer cancels.
    public ValueTask<bool> MoveNextAsync()
    {
        var streaming = _streaming;
        return streaming is not null && !_cancellationToken.IsCancellationRequested ? streaming.MoveNextAsync() : MoveNextSlowAsync();
    }

    public ValueTask DisposeAsync()
    {
        _phase = Phase.Done;
        _streaming = null;
        _current = default!;
        _preamble.Release();
        var discarding = DiscardUpstreamAsync();
        return _attemptCancellation is null ? discarding : DisposeAttemptCancellationAfterAsync(discarding);
    }

    // The upstream may still look at its token while it is disposed: the source goes after it.
    private async ValueTask DisposeAttemptCancellationAfterAsync(ValueTask discarding)
    {
        try
        {
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await discarding.ConfigureAwait(false);
        }
        finally
        {
            _attemptCancellation?.Dispose();
            _attemptCancellation = null;
        }
    }

    /// <summary>Disposes the open upstream enumerator, if any: a failed attempt's, or the live one.</summary>
    public ValueTask DiscardUpstreamAsync()
    {
        var upstream = _upstream;
        if (upstream is null)
        {
            return default;
        }

        _upstream = null;
        _streaming = null;
        return upstream.DisposeAsync();
    }

    private ValueTask<bool> MoveNextSlowAsync() => _phase switch
    {
        Phase.Streaming => ValueTask.FromCanceled<bool>(_cancellationToken),
        Phase.NotStarted => StartAsync(),
        Phase.Replaying => new ValueTask<bool>(Replay()),
        _ => new ValueTask<bool>(false),
    };

    private bool Replay()
    {
        if (_replayed < _preamble.Count)
        {
            _current = _preamble[_replayed++];
            return true;
        }

        _preamble.Release();
        _current = default!;

        // The upstream still stands at the first meaningful event, so streaming starts by forwarding it.
        if (_hasEvent)
        {
            _phase = Phase.Streaming;
            _streaming = _upstream;
            return true;
        }

        _phase = Phase.Done;
        return false;
    }
}
