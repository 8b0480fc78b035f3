using System;

namespace Imp;

/// <summary>
/// How <see cref="StreamRetry.Create{T}"/> reads the events of a stream of <typeparamref name="T"/>, and
/// where it takes time, jitter and retry notifications from.
/// </summary>
/// <typeparam name="T">The stream's event type.</typeparam>
public sealed record StreamRetryOptions<T>
{
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly Func<double> _randomSource = Random.Shared.NextDouble;

    /// <summary>The options used when none are given.</summary>
    internal static StreamRetryOptions<T> Default { get; } = new();

    /// <summary>
    /// Whether an event is preamble (for imp's stream events, <c>MessageStart</c>): leading preamble events are
    /// held back until a meaningful event arrives, so the stream can still be retried. <see langword="null"/>: none is.
    /// </summary>
    public Func<T, bool>? IsPreamble { get; init; }

    /// <summary>
    /// The failure an event reports in-band (a provider's "overloaded" error inside a 200 response), or
    /// <see langword="null"/> for an ordinary event. <see langword="null"/>: no event reports one.
    /// </summary>
    public Func<T, Exception?>? InBandError { get; init; }

    /// <summary>
    /// Whether an in-band error that arrives before any meaningful event is retried like a thrown one when it
    /// is retryable. <see langword="false"/> forwards it as an ordinary event, as imp-core does. Default <see langword="true"/>.
    /// </summary>
    public bool RetryInBandErrors { get; init; } = true;

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

    /// <summary>Called before each retry's delay with the attempt, the delay and the failure.</summary>
    public Action<RetryAttempt>? OnRetry { get; init; }
}
