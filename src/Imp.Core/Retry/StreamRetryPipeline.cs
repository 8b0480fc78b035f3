using System;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace Imp;

/// <summary>Builds the Polly pipeline that retries one stream's start-up.</summary>
internal static class StreamRetryPipeline
{
    public static ResiliencePipeline<AttemptOutcome<T>> Build<T>(RetryPolicy policy, StreamRetryOptions<T> options)
    {
        // Polly needs at least one retry; with none, a single attempt is the whole pipeline.
        if (policy.MaxRetries == 0)
        {
            return ResiliencePipeline<AttemptOutcome<T>>.Empty;
        }

        var onRetry = options.OnRetry;
        var random = options.RandomSource;
        var retry = new RetryStrategyOptions<AttemptOutcome<T>>
        {
            MaxRetryAttempts = policy.MaxRetries,

            // The delay comes from Backoff alone: Polly's own backoff and jitter stay off.
            Delay = TimeSpan.Zero,
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, policy, args.Context.CancellationToken)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                Backoff.Delay(args.AttemptNumber, policy, RetryAfterOf(FailureOf(args.Outcome)), random)),
            OnRetry = args => BeforeDelayAsync(args, onRetry),
        };

        return new ResiliencePipelineBuilder<AttemptOutcome<T>> { TimeProvider = options.TimeProvider }
            .AddRetry(retry)
            .Build();
    }

    private static bool ShouldRetry<T>(Outcome<AttemptOutcome<T>> outcome, RetryPolicy policy, CancellationToken cancellationToken)
    {
        // The consumer stopping is never a failure to retry, whatever exception it surfaced as.
        if (cancellationToken.IsCancellationRequested || FailureOf(outcome) is not { } failure)
        {
            return false;
        }

        // Polly caps neither a DelayGenerator result nor a Retry-After, so the give-up rule lives here.
        return RetryClassifier.IsRetryable(failure, policy)
            && !(RetryAfterOf(failure) is { } retryAfter && Backoff.GivesUp(retryAfter, policy));
    }

    private static async ValueTask BeforeDelayAsync<T>(OnRetryArguments<AttemptOutcome<T>> args, Action<RetryAttempt>? onRetry)
    {
        // A retried in-band error leaves its stream open: close it before waiting, not after.
        if (args.Outcome.Result.Owner is { } owner)
        {
            await owner.DiscardUpstreamAsync().ConfigureAwait(false);
        }

        onRetry?.Invoke(new RetryAttempt(args.AttemptNumber, args.RetryDelay, FailureOf(args.Outcome)!));
    }

    private static Exception? FailureOf<T>(Outcome<AttemptOutcome<T>> outcome) => outcome.Exception ?? outcome.Result.InBandError;

    private static TimeSpan? RetryAfterOf(Exception? failure) => (failure as RateLimitedException)?.RetryAfter;
}
