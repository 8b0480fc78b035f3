using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Polly;

namespace Imp;

/// <summary>
/// Start-up: the attempts up to the first meaningful event. With the shared pipelines the first attempt runs without
/// Polly, and synchronously for as long as its upstream completes synchronously; only a failed attempt enters the
/// pipeline, which replays that failure as its first outcome. A user's pipeline runs every attempt.
/// </summary>
internal sealed partial class RetryingStreamEnumerator<T>
{
    // The first attempt's failure, handed to the shared pipeline as its first outcome instead of a second opening: thrown,
    // or reported in-band by the event the attempt stands at.
    private Exception? _firstFailure;
    private bool _firstFailedInBand;

    // The token the current attempt's upstream holds when a user's pipeline gave the attempt a token of its own.
    private CancellationTokenSource? _attemptCancellation;

    private ValueTask<bool> StartAsync()
    {
        _phase = Phase.Starting;
        if (_userPipeline is not null)
        {
            return StartSlowAsync(first: default);
        }

        // The common case, nothing fails and nothing waits: no context, no pipeline, no state machine.
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
            if (_userPipeline is { } pipeline)
            {
                _hasEvent = await RunAsync(pipeline).ConfigureAwait(false);
            }
            else
            {
                AttemptOutcome outcome = default;
                try
                {
                    // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                    outcome = await first.ConfigureAwait(false);
                    if (IsRetriedInBand(outcome))
                    {
                        _firstFailure = outcome.InBandError;
                        _firstFailedInBand = true;
                    }
                }
                catch (Exception error) when (!_cancellationToken.IsCancellationRequested)
                {
                    _firstFailure = error;
                }

                // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                _hasEvent = _firstFailure is null ? outcome.HasEvent : await RetryAsync().ConfigureAwait(false);
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

    private ValueTask<bool> RetryAsync() => InContextAsync(
        ImpRetryStrategy.SharedFor(_options!.TimeProvider ?? TimeProvider.System),
        static (pipeline, context, self) => pipeline.ExecuteAsync(static (context, self) => self.NextAttemptAsync(context.CancellationToken), context, self));

    private ValueTask<bool> RunAsync(ResiliencePipeline pipeline) => InContextAsync(
        pipeline,
        static (pipeline, context, self) => pipeline.ExecuteAsync(static (context, self) => self.PipelineAttemptAsync(context.CancellationToken), context, self));

    // The shared and the user's pipelines are different Polly types with the same execute: one context dance for both,
    // through static callbacks so that a user's pipeline, entered on every start-up, costs no closure.
    private async ValueTask<bool> InContextAsync<TPipeline>(
        TPipeline pipeline,
        Func<TPipeline, ResilienceContext, RetryingStreamEnumerator<T>, ValueTask<AttemptOutcome>> execute)
    {
        var context = ResilienceContextPool.Shared.Get(_cancellationToken);
        context.Properties.Set(ImpRetryStrategy.Attempts, this);
        try
        {
            var outcome = await execute(pipeline, context, this).ConfigureAwait(false);
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
        if (_firstFailure is not { } failure)
        {
            return AttemptAsync(cancellationToken);
        }

        _firstFailure = null;
        return _firstFailedInBand
            ? new ValueTask<AttemptOutcome>(new AttemptOutcome(HasEvent: true, failure))
            : ValueTask.FromException<AttemptOutcome>(failure);
    }

    /// <summary>
    /// An attempt inside a user's pipeline. A strategy may give the attempt a token of its own (a timeout does) and cancel
    /// or reuse it once the attempt is over, but the upstream lives on after start-up: so it gets a token this stream owns,
    /// cancelled by the attempt's token only while the attempt runs, and by the consumer's for as long as it lives.
    /// </summary>
    private ValueTask<AttemptOutcome> PipelineAttemptAsync(CancellationToken attemptToken) =>
        attemptToken == _cancellationToken ? AttemptAsync(attemptToken) : AttemptWithOwnTokenAsync(attemptToken);

    private async ValueTask<AttemptOutcome> AttemptWithOwnTokenAsync(CancellationToken attemptToken)
    {
        // The previous attempt's upstream is disposed by now (before the retry's delay, or when its stream ended).
        _attemptCancellation?.Dispose();
        var own = _attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
        using (attemptToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), own))
        {
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            return await AttemptAsync(own.Token).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One attempt: opens the stream and reads up to its first meaningful event, holding preamble back. It runs here,
    /// synchronously, for as long as the upstream completes synchronously; <see cref="ContinueAttemptAsync"/> takes over
    /// at the first wait or failure.
    /// </summary>
    private ValueTask<AttemptOutcome> AttemptAsync(CancellationToken cancellationToken)
    {
        // A failed attempt's preamble is never forwarded: only the last attempt's is.
        _preamble.Clear();
        IAsyncEnumerator<T> upstream;
        try
        {
            var stream = _open(cancellationToken)
                ?? throw new InvalidOperationException("The stream factory returned null; it must return a stream (an empty one when there is nothing to read).");
            upstream = _upstream = stream.GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception error)
        {
            return ValueTask.FromException<AttemptOutcome>(error);
        }

        ValueTask<bool> move;
        try
        {
            while (true)
            {
                move = upstream.MoveNextAsync();
                if (!move.IsCompletedSuccessfully)
                {
                    break;
                }

                // A result is read once: the end goes on as a new, completed ValueTask.
                if (!move.Result)
                {
                    move = new ValueTask<bool>(false);
                    break;
                }

                if (TakeFirstEvent(upstream.Current) is { } outcome)
                {
                    return new ValueTask<AttemptOutcome>(outcome);
                }
            }
        }
        catch (Exception error)
        {
            move = ValueTask.FromException<bool>(error);
        }

        // A wait, a failure, or the end of the stream.
        return ContinueAttemptAsync(upstream, move);
    }

    /// <summary>The rest of an attempt, from the move <see cref="AttemptAsync"/> could not finish synchronously.</summary>
    private async ValueTask<AttemptOutcome> ContinueAttemptAsync(IAsyncEnumerator<T> upstream, ValueTask<bool> move)
    {
        try
        {
            // Stryker: survives (ConfigureAwait(true)) — equivalent as the others; not disabled here, since a comment would cover the loop's body too.
            while (await move.ConfigureAwait(false))
            {
                if (TakeFirstEvent(upstream.Current) is { } outcome)
                {
                    return outcome;
                }

                move = upstream.MoveNextAsync();
            }
        }
        catch
        {
            // Stryker disable once Statement,Boolean : equivalent — the retry's OnRetry (before its delay) or StartSlowAsync's catch (when it gives up)
            // disposes the same upstream, so removing this only disposes it a moment later; ConfigureAwait(true) only changes scheduling (see above).
            await DiscardUpstreamAsync().ConfigureAwait(false);
            throw;
        }

        // Ended with preamble at most: nothing more to read, so close it now; the preamble still goes out.
        // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
        await DiscardUpstreamAsync().ConfigureAwait(false);
        return default;
    }

    /// <summary>Holds a preamble event back (null), or ends start-up at the first meaningful one.</summary>
    private AttemptOutcome? TakeFirstEvent(T item)
    {
        var rules = _rules;
        if (rules.IsPreamble?.Invoke(item) == true)
        {
            _preamble.Add(item);
            return null;
        }

        // Whether an in-band error is retried is the retry strategy's call (RetryOptions.RetryInBandErrors).
        return new AttemptOutcome(HasEvent: true, rules.InBandError?.Invoke(item));
    }
}
