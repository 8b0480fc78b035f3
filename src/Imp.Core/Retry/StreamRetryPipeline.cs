using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace Imp;

/// <summary>
/// The Polly pipeline that retries a stream's start-up. Built once per <see cref="TimeProvider"/> and shared,
/// as Polly intends; each execution brings its policy and callbacks in its context.
/// </summary>
internal static class StreamRetryPipeline
{
    /// <summary>The context property through which an execution reaches the enumeration it retries.</summary>
    // Stryker disable once String : equivalent — the key is looked up through this one instance; its name only labels it.
    public static readonly ResiliencePropertyKey<IStreamAttempts> Attempts = new("Imp.StreamRetry.Attempts");

    private static readonly ResiliencePipeline<AttemptOutcome> SystemClock = Build(TimeProvider.System);
    private static readonly ConditionalWeakTable<TimeProvider, ResiliencePipeline<AttemptOutcome>> OtherClocks = [];

    public static ResiliencePipeline<AttemptOutcome> For(TimeProvider timeProvider) =>
        // Stryker disable once Conditional : equivalent — the system clock then gets its own cached pipeline, built the same way; the shortcut only skips the table.
        timeProvider == TimeProvider.System ? SystemClock : OtherClocks.GetValue(timeProvider, Build);

    private static ResiliencePipeline<AttemptOutcome> Build(TimeProvider timeProvider)
    {
        var retry = new RetryStrategyOptions<AttemptOutcome>
        {
            // Unbounded for Polly: each policy's MaxRetries is enforced in ShouldHandle.
            MaxRetryAttempts = int.MaxValue,

            // The delay comes from Backoff alone: Polly's own backoff and jitter stay off.
            Delay = TimeSpan.Zero,
            BackoffType = DelayBackoffType.Constant,
            // Stryker disable once Boolean : equivalent — Polly jitters only its own computed delay, and the DelayGenerator's delay replaces it.
            UseJitter = false,
            ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args)),
            DelayGenerator = static args =>
            {
                var attempts = AttemptsOf(args.Context);
                var retryAfter = RetryAfterOf(FailureOf(args.Outcome));
                return new ValueTask<TimeSpan?>(Backoff.Delay(args.AttemptNumber, attempts.Policy, retryAfter, attempts.RandomSource));
            },
            OnRetry = static args => BeforeDelayAsync(args),
        };

        return new ResiliencePipelineBuilder<AttemptOutcome> { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    private static bool ShouldRetry(RetryPredicateArguments<AttemptOutcome> args)
    {
        // A success (the common case) needs no look-up. The consumer stopping is never a failure to retry.
        if (FailureOf(args.Outcome) is not { } failure || args.Context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        // Polly caps neither a DelayGenerator result nor a Retry-After, so the give-up rule lives here.
        var policy = AttemptsOf(args.Context).Policy;
        return args.AttemptNumber < policy.MaxRetries
            && RetryClassifier.IsRetryable(failure, policy)
            && !(RetryAfterOf(failure) is { } retryAfter && Backoff.GivesUp(retryAfter, policy));
    }

    private static async ValueTask BeforeDelayAsync(OnRetryArguments<AttemptOutcome> args)
    {
        // A retried in-band error leaves its stream open: close it before waiting, not after.
        var attempts = AttemptsOf(args.Context);
        // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
        await attempts.DiscardUpstreamAsync().ConfigureAwait(false);
        attempts.OnRetry?.Invoke(new RetryAttempt(args.AttemptNumber, args.RetryDelay, FailureOf(args.Outcome)!));
    }

    private static IStreamAttempts AttemptsOf(ResilienceContext context) =>
        // Stryker disable once String : unreachable — every execution sets the property before it starts (RetryingStreamEnumerator.StartAsync).
        context.Properties.TryGetValue(Attempts, out var attempts)
            ? attempts
            : throw new InvalidOperationException("The stream retry pipeline ran without its attempts in the context.");

    // Stryker disable once NullCoalescing : equivalent — an outcome holds an exception or a result, never both, and a failed one's result is default (no in-band error).
    private static Exception? FailureOf(Outcome<AttemptOutcome> outcome) => outcome.Exception ?? outcome.Result.InBandError;

    private static TimeSpan? RetryAfterOf(Exception? failure) => (failure as RateLimitedException)?.RetryAfter;
}
