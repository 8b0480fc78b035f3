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

    private readonly int _creatorThread = Environment.CurrentManagedThreadId;
    private CancellationToken _cancellationToken;
    private bool _enumerated;

    // The one upstream enumerator open at a time; set when an attempt opens it, cleared when it is disposed.
    private IAsyncEnumerator<T>? _upstream;

    private HeldPreamble<T> _preamble;
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
        // As compiler-generated iterators do: only the creating thread may take the object itself, once, so two threads
        // enumerating at once never share it.
        var enumerator = !_enumerated && _creatorThread == Environment.CurrentManagedThreadId ? this : new RetryingStreamEnumerator<T>(this);
        enumerator._enumerated = true;
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
        _preamble.Release();
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

    private ValueTask<bool> StartAsync()
    {
        _phase = Phase.Starting;
        if (_sharedPipeline is null)
        {
            return StartSlowAsync(first: default);
        }

        // The common case, nothing fails and nothing waits: the first attempt runs with no context, no pipeline and no
        // state machine of start-up's own.
        var first = AttemptAsync(_cancellationToken);
        if (!first.IsCompletedSuccessfully)
        {
            return StartSlowAsync(first);
        }

        // Completed: its result is read once, and the slow path gets it as a new, completed ValueTask.
        var outcome = first.Result;
        if (IsRetriedInBand(outcome))
        {
            return StartSlowAsync(new ValueTask<AttemptOutcome>(outcome));
        }

        _hasEvent = outcome.HasEvent;
        _phase = Phase.Replaying;
        return new ValueTask<bool>(Replay());
    }

    /// <summary>Start-up that waits, fails or runs a user's pipeline; <paramref name="first"/> is the shared pipelines' first attempt.</summary>
    private async ValueTask<bool> StartSlowAsync(ValueTask<AttemptOutcome> first)
    {
        try
        {
            if (_sharedPipeline is { } shared)
            {
                // A failed first attempt is kept for the pipeline, which replays it as its first outcome.
                AttemptOutcome outcome = default;
                try
                {
                    // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                    outcome = await first.ConfigureAwait(false);
                    if (IsRetriedInBand(outcome))
                    {
                        _firstOutcome = outcome;
                        _replayFirst = true;
                    }
                }
                catch (Exception error) when (!_cancellationToken.IsCancellationRequested)
                {
                    _firstFailure = error;
                    _replayFirst = true;
                }

                // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                _hasEvent = _replayFirst ? await RetryAsync(shared).ConfigureAwait(false) : outcome.HasEvent;
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

    // Whether an in-band error is retried is the retry's call (RetryOptions.RetryInBandErrors).
    private bool IsRetriedInBand(AttemptOutcome outcome) => outcome.InBandError is not null && _options!.RetryInBandErrors;

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
        _preamble.Clear();
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
                    _preamble.Add(item);
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
        _phase = _hasEvent ? Phase.Streaming : Phase.Done;
        return _hasEvent;
    }
}
