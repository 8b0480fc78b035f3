using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace Imp;

/// <summary>
/// The stream <see cref="StreamRetry"/> returns, and its first enumeration: like a compiler-generated iterator, the
/// first <see cref="GetAsyncEnumerator"/> returns the object itself, and only a second enumeration allocates another.
/// Start-up (attempts, delays, held-back preamble) runs once; after the first meaningful event every call passes
/// straight through to the upstream enumerator, so the per-event cost is one small extra call and no allocation. With
/// the shared pipelines the first attempt runs without Polly, and only a failed one enters the pipeline (which replays
/// that failure as its first outcome); a user's pipeline runs every attempt.
/// </summary>
internal sealed class RetryingStreamEnumerator<T> : IAsyncEnumerable<T>, IAsyncEnumerator<T>, IStreamAttempts
{
    private readonly Func<CancellationToken, IAsyncEnumerable<T>> _open;
    private readonly StreamRetryRules<T> _rules;
    private readonly RetryOptions? _options;

    // A user's pipeline, which runs every start-up; or, with options, the shared pipeline for their clock, entered only
    // once an attempt has failed.
    private readonly ResiliencePipeline? _userPipeline;
    private readonly ResiliencePipeline<AttemptOutcome>? _sharedPipeline;

    private CancellationToken _cancellationToken;
    private int _enumerated;

    // The one upstream enumerator open at a time; set when an attempt opens it, cleared when it is disposed.
    private IAsyncEnumerator<T>? _upstream;

    // Held-back preamble: the first event in a field (streams usually have one), any others in a list.
    private T _firstPreamble = default!;
    private List<T>? _morePreamble;
    private int _preambleCount;
    private int _replayed;
    private bool _hasEvent;
    private T _current = default!;
    private Phase _phase;

    // The first attempt's failure, handed to the shared pipeline as its first outcome instead of a second opening.
    private Exception? _firstFailure;
    private AttemptOutcome _firstOutcome;
    private bool _replayFirst;

    /// <summary>A retrying stream: <paramref name="options"/> with the shared pipelines, or a user's <paramref name="pipeline"/>.</summary>
    public RetryingStreamEnumerator(Func<CancellationToken, IAsyncEnumerable<T>> open, StreamRetryRules<T> rules, RetryOptions? options, ResiliencePipeline? pipeline)
    {
        _open = open;
        _rules = rules;
        _options = options;
        _userPipeline = pipeline;
        _sharedPipeline = options is null ? null : ImpRetryStrategy.SharedFor(options.TimeProvider ?? TimeProvider.System);
    }

    private RetryingStreamEnumerator(RetryingStreamEnumerator<T> stream)
    {
        _open = stream._open;
        _rules = stream._rules;
        _options = stream._options;
        _userPipeline = stream._userPipeline;
        _sharedPipeline = stream._sharedPipeline;
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

    // While streaming, the upstream's own Current is the event: nothing is copied per event.
    public T Current => _phase == Phase.Streaming ? _upstream!.Current : _current;

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        var enumerator = Interlocked.Exchange(ref _enumerated, 1) == 0 ? this : new RetryingStreamEnumerator<T>(this) { _enumerated = 1 };
        enumerator._cancellationToken = cancellationToken;
        return enumerator;
    }

    // Small enough to inline at the consumer's call: the streaming case is one check and the upstream's own call. The
    // token is checked here too, so a source that ignores it still stops when the consumer cancels.
    public ValueTask<bool> MoveNextAsync() =>
        _phase == Phase.Streaming && !_cancellationToken.IsCancellationRequested ? _upstream!.MoveNextAsync() : MoveNextSlowAsync();

    public ValueTask DisposeAsync()
    {
        _phase = Phase.Done;
        _current = default!;
        _firstPreamble = default!;
        _morePreamble = null;
        return DiscardUpstreamAsync();
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
        return upstream.DisposeAsync();
    }

    private ValueTask<bool> MoveNextSlowAsync() => _phase switch
    {
        Phase.Streaming => ValueTask.FromCanceled<bool>(_cancellationToken),
        Phase.NotStarted => StartAsync(),
        Phase.Replaying => new ValueTask<bool>(Replay()),
        _ => new ValueTask<bool>(false),
    };

    private async ValueTask<bool> StartAsync()
    {
        _phase = Phase.Starting;
        try
        {
            if (_sharedPipeline is { } shared)
            {
                // The common case, nothing fails: the first attempt runs here, with no context and no pipeline; a failed
                // one is kept for the pipeline, which replays it as its first outcome.
                AttemptOutcome first = default;
                try
                {
                    // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                    first = await AttemptAsync(_cancellationToken).ConfigureAwait(false);
                    if (first.InBandError is not null && _options!.RetryInBandErrors)
                    {
                        _firstOutcome = first;
                        _replayFirst = true;
                    }
                }
                catch (Exception error) when (!_cancellationToken.IsCancellationRequested)
                {
                    _firstFailure = error;
                    _replayFirst = true;
                }

                // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                _hasEvent = _replayFirst ? await RetryAsync(shared).ConfigureAwait(false) : first.HasEvent;
            }
            else
            {
                _hasEvent = await RunAsync(_userPipeline!).ConfigureAwait(false);
            }
        }
        catch
        {
            // The failure surfaces as is; whatever stream is still open goes now, not at the consumer's dispose.
            _phase = Phase.Done;
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await DiscardUpstreamAsync().ConfigureAwait(false);
            throw;
        }

        _phase = Phase.Replaying;
        return Replay();
    }

    private async ValueTask<bool> RetryAsync(ResiliencePipeline<AttemptOutcome> pipeline)
    {
        var context = ResilienceContextPool.Shared.Get(_cancellationToken);
        context.Properties.Set(ImpRetryStrategy.Attempts, this);
        try
        {
            var outcome = await pipeline
                .ExecuteAsync(static (context, self) => self.NextAttemptAsync(context.CancellationToken), context, this)
                .ConfigureAwait(false);
            return outcome.HasEvent;
        }
        // Stryker disable once Block,Statement : equivalent — returning the context to the pool only saves an allocation; an unreturned one is collected.
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<bool> RunAsync(ResiliencePipeline pipeline)
    {
        var context = ResilienceContextPool.Shared.Get(_cancellationToken);
        context.Properties.Set(ImpRetryStrategy.Attempts, this);
        try
        {
            var outcome = await pipeline
                .ExecuteAsync(static (context, self) => self.AttemptAsync(context.CancellationToken), context, this)
                .ConfigureAwait(false);
            return outcome.HasEvent;
        }
        // Stryker disable once Block,Statement : equivalent — returning the context to the pool only saves an allocation; an unreturned one is collected.
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The pipeline's attempts: the first replays the failure already met, the others open the stream again.</summary>
    private ValueTask<AttemptOutcome> NextAttemptAsync(CancellationToken cancellationToken)
    {
        if (!_replayFirst)
        {
            return AttemptAsync(cancellationToken);
        }

        _replayFirst = false;
        return _firstFailure is { } failure ? ValueTask.FromException<AttemptOutcome>(failure) : new ValueTask<AttemptOutcome>(_firstOutcome);
    }

    /// <summary>One attempt: opens the stream and reads up to its first meaningful event, holding preamble back.</summary>
    private async ValueTask<AttemptOutcome> AttemptAsync(CancellationToken cancellationToken)
    {
        // A failed attempt's preamble is never forwarded: only the last attempt's is.
        _preambleCount = 0;
        _morePreamble?.Clear();
        var rules = _rules;
        var stream = _open(cancellationToken)
            ?? throw new InvalidOperationException("The stream factory returned null; it must return a stream (an empty one when there is nothing to read).");
        var upstream = _upstream = stream.GetAsyncEnumerator(cancellationToken);
        try
        {
            // Stryker: survives (ConfigureAwait(true)) — equivalent as the others; not disabled here, since a comment would cover the loop's body too.
            while (await upstream.MoveNextAsync().ConfigureAwait(false))
            {
                var item = upstream.Current;
                if (rules.IsPreamble?.Invoke(item) == true)
                {
                    HoldBack(item);
                    continue;
                }

                // Whether an in-band error is retried is the retry strategy's call (RetryOptions.RetryInBandErrors).
                return new AttemptOutcome(HasEvent: true, rules.InBandError?.Invoke(item));
            }
        }
        catch
        {
            // Stryker disable once Statement,Boolean : equivalent — the retry's OnRetry (before its delay) or StartAsync's catch (when it gives up)
            // disposes the same upstream, so removing this only disposes it a moment later; ConfigureAwait(true) only changes scheduling (see above).
            await DiscardUpstreamAsync().ConfigureAwait(false);
            throw;
        }

        // Ended with preamble at most: nothing more to read, so close it now; the preamble still goes out.
        // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
        await DiscardUpstreamAsync().ConfigureAwait(false);
        return default;
    }

    private void HoldBack(T item)
    {
        if (_preambleCount++ == 0)
        {
            _firstPreamble = item;
        }
        else
        {
            (_morePreamble ??= []).Add(item);
        }
    }

    private bool Replay()
    {
        if (_replayed < _preambleCount)
        {
            _current = _replayed == 0 ? _firstPreamble : _morePreamble![_replayed - 1];
            _replayed++;
            return true;
        }

        _firstPreamble = default!;
        _morePreamble = null;
        _current = default!;

        // The upstream still stands at the first meaningful event, so streaming starts by forwarding it.
        _phase = _hasEvent ? Phase.Streaming : Phase.Done;
        return _hasEvent;
    }
}
