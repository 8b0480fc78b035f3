using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace Imp;

/// <summary>
/// One enumeration of a retrying stream. Start-up (attempts, delays, held-back preamble) runs once; after the first
/// meaningful event every call passes straight through to the upstream enumerator, so the per-event cost is one extra
/// call and no allocation. With the shared pipelines the first attempt runs without Polly, and only a failed one enters
/// the pipeline (which replays that failure as its first outcome); a user's pipeline runs every attempt.
/// </summary>
internal sealed class RetryingStreamEnumerator<T> : IAsyncEnumerator<T>, IStreamAttempts
{
    private readonly RetryingStreamSource<T> _source;
    private readonly CancellationToken _cancellationToken;

    // The one upstream enumerator open at a time; set when an attempt opens it, cleared when it is disposed.
    private IAsyncEnumerator<T>? _upstream;
    private List<T>? _preamble;
    private int _replayed;
    private bool _hasEvent;
    private T _current = default!;
    private Phase _phase;

    // The first attempt's failure, handed to the shared pipeline as its first outcome instead of a second opening.
    private Exception? _firstFailure;
    private AttemptOutcome _firstOutcome;
    private bool _replayFirst;

    public RetryingStreamEnumerator(RetryingStreamSource<T> source, CancellationToken cancellationToken)
    {
        _source = source;
        _cancellationToken = cancellationToken;
    }

    private enum Phase
    {
        NotStarted,
        Starting,
        Replaying,
        Streaming,
        Done,
    }

    public RetryOptions? Options => _source.Options;

    // While streaming, the upstream's own Current is the event: nothing is copied per event.
    public T Current => _phase == Phase.Streaming ? _upstream!.Current : _current;

    public ValueTask<bool> MoveNextAsync()
    {
        if (_phase == Phase.Streaming)
        {
            // Checked here too, so a source that ignores the token still stops when the consumer cancels.
            return _cancellationToken.IsCancellationRequested
                ? ValueTask.FromCanceled<bool>(_cancellationToken)
                : _upstream!.MoveNextAsync();
        }

        return _phase switch
        {
            Phase.NotStarted => StartAsync(),
            Phase.Replaying => new ValueTask<bool>(Replay()),
            _ => new ValueTask<bool>(false),
        };
    }

    public ValueTask DisposeAsync()
    {
        _phase = Phase.Done;
        _current = default!;
        _preamble = null;
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

    private async ValueTask<bool> StartAsync()
    {
        _phase = Phase.Starting;
        try
        {
            if (_source.SharedPipeline is { } shared)
            {
                // The common case, nothing fails: no context, no pipeline.
                // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                var first = await FirstAttemptAsync().ConfigureAwait(false);
                _hasEvent = first is { } outcome ? outcome.HasEvent : await RetryAsync(shared).ConfigureAwait(false);
            }
            else
            {
                _hasEvent = await RunAsync(_source.UserPipeline!).ConfigureAwait(false);
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

    /// <summary>The first attempt, outside any pipeline: its outcome, or null when it failed (kept for the pipeline).</summary>
    private async ValueTask<AttemptOutcome?> FirstAttemptAsync()
    {
        AttemptOutcome outcome;
        try
        {
            outcome = await AttemptAsync(_cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (!_cancellationToken.IsCancellationRequested)
        {
            _firstFailure = error;
            _replayFirst = true;
            return null;
        }

        if (outcome.InBandError is not null && _source.Options!.RetryInBandErrors)
        {
            _firstOutcome = outcome;
            _replayFirst = true;
            return null;
        }

        return outcome;
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
        _preamble?.Clear();
        var rules = _source.Rules;
        var stream = _source.Open(cancellationToken)
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
                    (_preamble ??= []).Add(item);
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
        if (_preamble is { } preamble && _replayed < preamble.Count)
        {
            _current = preamble[_replayed++];
            return true;
        }

        _preamble = null;
        _current = default!;

        // The upstream still stands at the first meaningful event, so streaming starts by forwarding it.
        _phase = _hasEvent ? Phase.Streaming : Phase.Done;
        return _hasEvent;
    }
}
