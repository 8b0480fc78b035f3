using System;

namespace Imp;

/// <summary>How a <see cref="RetryingChatClient"/> retries: the policy, the clock, the jitter, the notification and the error translation.</summary>
public sealed record RetryingChatClientOptions
{
    private readonly RetryPolicy _retryPolicy = RetryPolicy.Default;
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly Func<double> _randomSource = Random.Shared.NextDouble;

    /// <summary>Retries, delays and retried kinds of failure. Default <see cref="RetryPolicy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public RetryPolicy RetryPolicy
    {
        get => _retryPolicy;
        init => _retryPolicy = value ?? throw new ArgumentNullException(nameof(RetryPolicy));
    }

    /// <summary>The clock that times the delays between attempts. Default <see cref="TimeProvider.System"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        init => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    }

    /// <summary>Source of backoff jitter, returning values in [0, 1). Default <see cref="Random.Shared"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Func<double> RandomSource
    {
        get => _randomSource;
        init => _randomSource = value ?? throw new ArgumentNullException(nameof(RandomSource));
    }

    /// <summary>
    /// Called before each retry's delay with the attempt, the delay and the failure: what the inner client threw, or,
    /// for an in-band error update, the exception <see cref="ChatUpdateRetryRules.InBandError"/> made of it.
    /// </summary>
    public Action<RetryAttempt>? OnRetry { get; init; }

    /// <summary>
    /// Translates a provider's exception into one <see cref="RetryClassifier"/> understands (for example a
    /// <see cref="ProviderException"/> with the status, or a <see cref="RateLimitedException"/> with the Retry-After),
    /// or returns <see langword="null"/> to leave it to the default translation.
    /// </summary>
    /// <remarks>
    /// The translation only decides whether and when to retry: the caller always gets what the inner client threw. The
    /// default translation keeps imp's own errors, uses the failed response seen by an
    /// <see cref="HttpFailureCaptureHandler"/> in the provider's HTTP pipeline, and otherwise looks down the exception's
    /// inner chain for a network error (an <see cref="System.Net.Http.HttpRequestException"/>, a socket error, a
    /// timeout). It is not called for a cancellation of the caller's token.
    /// </remarks>
    public Func<Exception, Exception?>? TranslateException { get; init; }
}
