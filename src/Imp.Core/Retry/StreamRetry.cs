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

    /// <summary>
    /// Retries a stream of imp's <see cref="StreamEvent"/>s: <see cref="StreamEvent.MessageStart"/> is preamble, and an
    /// <see cref="StreamEvent.Error"/> that comes before anything meaningful is an in-band error, retried when
    /// <see cref="InBandError"/> makes it a retryable one (an overloaded or rate-limited provider).
    /// </summary>
    /// <param name="open">Opens the stream once per attempt, with the consumer's cancellation token.</param>
    /// <param name="policy">Retries, delays and retried kinds of failure.</param>
    /// <param name="options">Clock, jitter and notification; a preamble or in-band-error rule set here wins over the defaults.</param>
    /// <returns>The retrying stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static IAsyncEnumerable<StreamEvent> Create(
        Func<CancellationToken, IAsyncEnumerable<StreamEvent>> open,
        RetryPolicy policy,
        StreamRetryOptions<StreamEvent>? options = null) =>
        Create<StreamEvent>(open, policy, (options ?? StreamRetryOptions<StreamEvent>.Default) with
        {
            IsPreamble = options?.IsPreamble ?? (static e => e is StreamEvent.MessageStart),
            InBandError = options?.InBandError ?? InBandError,
        });

    /// <summary>
    /// The exception an <see cref="StreamEvent.Error"/> event stands for, read from the code its text starts with
    /// (<see cref="StreamEvent.Error.Code"/>): rate limited for <c>429</c> or <c>rate_limit_error</c>, a provider error
    /// otherwise, with the status when the code is a number (529 for <c>overloaded_error</c>); the exception's message is
    /// the text after the code. Null for any other event.
    /// </summary>
    public static Exception? InBandError(StreamEvent streamEvent) => streamEvent switch
    {
        StreamEvent.Error { Status: 429 } or StreamEvent.Error { Code: "rate_limit_error" } =>
            new RateLimitedException(retryAfter: null, ((StreamEvent.Error)streamEvent).Detail),
        StreamEvent.Error error => new ProviderException(
            error.Detail,
            (System.Net.HttpStatusCode?)(error.Status ?? (error.Code == "overloaded_error" ? 529 : null))),
        _ => null,
    };
}
