using System;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// How a failure is retried — the one options type of every imp retry: <see cref="StreamRetry"/>, the Polly strategy
/// (<see cref="ImpRetryResilienceExtensions.AddImpRetry(Polly.ResiliencePipelineBuilder, RetryOptions?)"/>),
/// <see cref="RetryingChatClient"/> and the turn runner.
/// </summary>
/// <remarks>
/// Settable, so it configures with an <see cref="Action{T}"/> as Microsoft.Extensions.* options do (and copies with
/// <c>with { … }</c>); it is copied when a
/// retrying stream, client, strategy or runner is created. <see cref="Policy"/> keeps imp-core's defaults.
/// </remarks>
public sealed record RetryOptions
{
    private RetryPolicy _policy = RetryPolicy.Default;
    private Func<double> _randomSource = Random.Shared.NextDouble;

    /// <summary>Retries, delays and retried kinds of failure. Default imp-core's <see cref="RetryPolicy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public RetryPolicy Policy
    {
        get => _policy;
        set => _policy = value ?? throw new ArgumentNullException(nameof(Policy));
    }

    /// <summary>
    /// The clock of the delays; <see langword="null"/> (the default) takes the owner's: the turn runner's, the DI
    /// container's, else <see cref="System.TimeProvider.System"/>. Inside a Polly pipeline, the pipeline's clock times the delays.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Source of backoff jitter, returning values in [0, 1). Default <see cref="Random.Shared"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Func<double> RandomSource
    {
        get => _randomSource;
        set => _randomSource = value ?? throw new ArgumentNullException(nameof(RandomSource));
    }

    /// <summary>
    /// Translates a provider's exception into one <see cref="RetryClassifier"/> understands (a <see cref="ProviderException"/>
    /// with its status, a <see cref="RateLimitedException"/> with its Retry-After), or returns <see langword="null"/> to
    /// leave it as it is. Only the decision uses the translation: callers and callbacks see the original failure.
    /// </summary>
    public Func<Exception, Exception?>? TranslateException { get; set; }

    /// <summary>
    /// Decides whether a failure is retried, as Polly's <c>ShouldHandle</c> does; <see langword="null"/> (the default)
    /// retries what <see cref="RetryClassifier"/> calls transient and <see cref="RetryPolicy.RetryOn"/> allows
    /// (<see cref="RetryDecision.IsTransient"/>). It is asked only while retries are left and no Retry-After above
    /// <see cref="RetryPolicy.MaxDelay"/> made the retry give up, and never for the caller's own cancellation. It gets the
    /// caller's token, like every callback of the SDK.
    /// </summary>
    public Func<RetryDecision, CancellationToken, ValueTask<bool>>? ShouldHandle { get; set; }

    /// <summary>
    /// Awaited before each retry's delay with the attempt, the delay and the failure, and the caller's token. An
    /// exception thrown here ends the call with that exception, as in Polly.
    /// </summary>
    public Func<RetryAttempt, CancellationToken, ValueTask>? OnRetry { get; set; }

    /// <summary>
    /// Awaited once when a failure ends the call without a further retry: retries used up, a permanent failure, or a
    /// Retry-After above <see cref="RetryPolicy.MaxDelay"/>. Not called for the caller's cancellation.
    /// </summary>
    public Func<RetryGiveUp, CancellationToken, ValueTask>? OnGiveUp { get; set; }

    /// <summary>
    /// Whether an in-band error event that arrives before anything meaningful is retried like a thrown failure.
    /// <see langword="false"/> forwards it as an ordinary event, as imp-core does. Default <see langword="true"/>.
    /// </summary>
    public bool RetryInBandErrors { get; set; } = true;

    /// <summary>Checks the values against each other (<see cref="RetryPolicy.Validate"/>).</summary>
    /// <exception cref="ArgumentException">The policy is inconsistent.</exception>
    public void Validate() => Policy.Validate();
}
