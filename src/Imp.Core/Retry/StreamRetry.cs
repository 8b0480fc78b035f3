using System;
using System.Collections.Generic;
using System.Threading;

namespace Imp;

/// <summary>
/// The entry point of stream retry: a stream that reopens its source after a transient failure, as long as
/// nothing meaningful has been forwarded yet.
/// </summary>
public static class StreamRetry
{
    /// <summary>
    /// Wraps the stream <paramref name="open"/> opens so that a transient failure before the first meaningful
    /// event closes it, waits (<see cref="Backoff"/>) and opens it again, up to <see cref="RetryPolicy.MaxRetries"/> times.
    /// </summary>
    /// <remarks>
    /// <para>Leading preamble events (<see cref="StreamRetryOptions{T}.IsPreamble"/>) are held back: the consumer sees the
    /// preamble of the attempt that succeeded, once, followed by its events; a stream that ends after preamble alone
    /// still delivers it. Once a meaningful event has been forwarded, every later event and error passes straight
    /// through, and nothing is replayed.</para>
    /// <para>A failure is retried when <see cref="RetryClassifier.IsRetryable"/> says so and any Retry-After is within
    /// <see cref="RetryPolicy.MaxDelay"/>; otherwise it surfaces as is. The token given to
    /// <see cref="IAsyncEnumerable{T}.GetAsyncEnumerator"/> reaches <paramref name="open"/>, cancels a pending delay at
    /// once, and its cancellation is never retried. Every upstream enumerator is disposed: before each retry, when
    /// its stream ends during start-up, and when the returned enumerator is disposed.</para>
    /// <para>The returned stream may be enumerated more than once; each enumeration opens its own attempts.</para>
    /// </remarks>
    /// <typeparam name="T">The stream's event type.</typeparam>
    /// <param name="open">Opens the stream once per attempt, with the consumer's cancellation token.</param>
    /// <param name="policy">Retries, delays and retried kinds of failure.</param>
    /// <param name="options">Preamble and in-band-error recognition, clock, jitter and notification; defaults when <see langword="null"/>.</param>
    /// <returns>The retrying stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static IAsyncEnumerable<T> Create<T>(
        Func<CancellationToken, IAsyncEnumerable<T>> open,
        RetryPolicy policy,
        StreamRetryOptions<T>? options = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        return new RetryingStreamSource<T>(open, policy, options ?? StreamRetryOptions<T>.Default);
    }
}
