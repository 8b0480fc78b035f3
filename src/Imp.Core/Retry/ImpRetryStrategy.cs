using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace Imp;

/// <summary>
/// imp's retry as Polly <see cref="RetryStrategyOptions{TResult}"/>: imp-core's backoff, the classification, the
/// give-up rules and the callbacks of <see cref="RetryOptions"/>. One implementation for the strategy users add to their
/// own pipelines and the shared pipelines behind <see cref="StreamRetry"/>.
/// </summary>
internal static class ImpRetryStrategy
{
    /// <summary>The strategy's name in Polly's telemetry.</summary>
    public const string Name = "ImpRetry";

    /// <summary>The context property through which an execution reaches the stream enumeration it retries.</summary>
    // Stryker disable once String : equivalent — the key is looked up through this one instance; its name only labels it.
    public static readonly ResiliencePropertyKey<IStreamAttempts> Attempts = new("Imp.StreamRetry.Attempts");

    private static readonly ResiliencePipeline<AttemptOutcome> SystemClock = BuildShared(TimeProvider.System);
    private static readonly ConditionalWeakTable<TimeProvider, ResiliencePipeline<AttemptOutcome>> OtherClocks = [];

    /// <summary>The shared pipeline of <see cref="StreamRetry"/> for a clock; each execution brings its options in the context.</summary>
    public static ResiliencePipeline<AttemptOutcome> SharedFor(TimeProvider timeProvider) =>
        // Stryker disable once Conditional : equivalent — the system clock then gets its own cached pipeline, built the same way; the shortcut only skips the table.
        timeProvider == TimeProvider.System ? SystemClock : OtherClocks.GetValue(timeProvider, BuildShared);

    /// <summary>Strategy options that retry with <paramref name="fixedOptions"/>, or, when null, with the options each execution's stream brings.</summary>
    public static TOptions Configure<TOptions, TResult>(TOptions target, RetryOptions? fixedOptions)
        where TOptions : RetryStrategyOptions<TResult>
    {
        target.Name = Name;

        // Unbounded for Polly: MaxRetries is enforced in ShouldHandle, where the give-up is also reported.
        target.MaxRetryAttempts = int.MaxValue;

        // The delay comes from Backoff alone: Polly's own backoff and jitter stay off.
        target.Delay = TimeSpan.Zero;
        target.BackoffType = DelayBackoffType.Constant;
        // Stryker disable once Boolean : equivalent — Polly jitters only its own computed delay, and the DelayGenerator's delay replaces it.
        target.UseJitter = false;
        target.ShouldHandle = args => ShouldRetryAsync(OptionsOf(fixedOptions, args.Context), args.AttemptNumber, FailureOf(fixedOptions, args.Context, args.Outcome), args.Context);
        target.DelayGenerator = args =>
        {
            var options = OptionsOf(fixedOptions, args.Context);
            var failure = Classified(options, FailureOf(fixedOptions, args.Context, args.Outcome)!);
            return new ValueTask<TimeSpan?>(Backoff.Delay(args.AttemptNumber, options.Policy, RetryAfterOf(failure), options.RandomSource));
        };
        target.OnRetry = args => BeforeDelayAsync(OptionsOf(fixedOptions, args.Context), args.Context, new RetryAttempt(args.AttemptNumber, args.RetryDelay, FailureOf(fixedOptions, args.Context, args.Outcome)!));
        return target;
    }

    private static ResiliencePipeline<AttemptOutcome> BuildShared(TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder<AttemptOutcome> { TimeProvider = timeProvider }.AddRetry(Configure<RetryStrategyOptions<AttemptOutcome>, AttemptOutcome>(new(), fixedOptions: null)).Build();

    private static async ValueTask<bool> ShouldRetryAsync(RetryOptions options, int attempt, Exception? failure, ResilienceContext context)
    {
        // A success (the common case) needs no look-up. The consumer stopping is never a failure to retry, nor a give-up.
        if (failure is null || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var policy = options.Policy;
        var classified = Classified(options, failure);
        var kind = RetryClassifier.Classify(classified);
        var transient = kind is { } k && policy.Retries(k);
        RetryGiveUpReason reason;
        if (RetryAfterOf(classified) is { } retryAfter && Backoff.GivesUp(retryAfter, policy))
        {
            // Polly caps neither a DelayGenerator result nor a Retry-After, so this give-up rule lives here.
            reason = RetryGiveUpReason.RetryAfterTooLong;
        }
        else if (attempt >= policy.MaxRetries)
        {
            reason = transient ? RetryGiveUpReason.RetriesExhausted : RetryGiveUpReason.NotRetried;
        }
        else if (options.ShouldHandle is { } shouldHandle
            ? !await shouldHandle(new RetryDecision(attempt, failure, classified, kind, transient), context.CancellationToken).ConfigureAwait(false)
            : !transient)
        {
            reason = RetryGiveUpReason.NotRetried;
        }
        else
        {
            return true;
        }

        ImpTelemetry.RecordGiveUp(attempt + 1, failure, reason);
        if (options.OnGiveUp is { } onGiveUp)
        {
            await onGiveUp(new RetryGiveUp(attempt + 1, failure, reason), context.CancellationToken).ConfigureAwait(false);
        }

        return false;
    }

    private static async ValueTask BeforeDelayAsync(RetryOptions options, ResilienceContext context, RetryAttempt attempt)
    {
        // A retried in-band error leaves its stream open: close it before waiting, not after.
        context.Properties.TryGetValue(Attempts, out var attempts);
        if (attempts is not null)
        {
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await attempts.DiscardUpstreamAsync().ConfigureAwait(false);
        }

        ImpTelemetry.RecordRetry(attempt);
        attempts?.OnRetry?.Invoke(attempt);
        if (options.OnRetry is { } onRetry)
        {
            await onRetry(attempt, context.CancellationToken).ConfigureAwait(false);
        }
    }

    private static RetryOptions OptionsOf(RetryOptions? fixedOptions, ResilienceContext context) =>
        fixedOptions
        ?? (context.Properties.TryGetValue(Attempts, out var attempts) ? attempts.Options : null)
        // Stryker disable once String : unreachable — the shared pipelines run only from a stream enumeration, which sets the property.
        ?? throw new InvalidOperationException("The shared stream retry pipeline ran without its stream's options in the context.");

    private static Exception? FailureOf<TResult>(RetryOptions? fixedOptions, ResilienceContext context, Outcome<TResult> outcome)
    {
        if (outcome.Exception is { } exception)
        {
            return exception;
        }

        // An in-band error is a failure only for a retry that retries those.
        return outcome.Result is AttemptOutcome { InBandError: { } inBand } && OptionsOf(fixedOptions, context).RetryInBandErrors ? inBand : null;
    }

    private static Exception Classified(RetryOptions options, Exception failure) =>
        options.TranslateException?.Invoke(failure) ?? failure;

    private static TimeSpan? RetryAfterOf(Exception? failure) => (failure as RateLimitedException)?.RetryAfter;
}
