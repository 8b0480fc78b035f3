using System;
using System.Collections.Generic;
using System.Threading;
using Polly;

namespace Imp;

/// <summary>
/// The entry point of stream retry: a stream that reopens its source after a transient failure, as long as
/// nothing meaningful has been forwarded yet.
/// </summary>
/// <remarks>
/// <para>Leading preamble events (<see cref="StreamRetryRules{T}.IsPreamble"/>) are held back: the consumer sees the
/// preamble of the attempt that succeeded, once, followed by its events; a stream that ends after preamble alone still
/// delivers it. Once a meaningful event has been forwarded, every later event and error passes straight through, and
/// nothing is replayed.</para>
/// <para>The token given to <see cref="IAsyncEnumerable{T}.GetAsyncEnumerator"/> reaches <c>open</c>, cancels a pending
/// delay at once, and its cancellation is never retried. Every upstream enumerator is disposed: before each retry, when
/// its stream ends during start-up, and when the returned enumerator is disposed. The returned stream may be enumerated
/// more than once; each enumeration opens its own attempts.</para>
/// </remarks>
public static class StreamRetry
{
    /// <summary>Retries a stream of imp's <see cref="StreamEvent"/>s, with <see cref="StreamRetryRules.StreamEvents"/>.</summary>
    /// <param name="open">Opens the stream once per attempt, with the consumer's cancellation token.</param>
    /// <param name="options">Policy, clock, jitter, classification and callbacks; imp-core's defaults when <see langword="null"/>.</param>
    /// <returns>The retrying stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static IAsyncEnumerable<StreamEvent> Create(Func<CancellationToken, IAsyncEnumerable<StreamEvent>> open, RetryOptions? options = null) =>
        Create(open, StreamRetryRules.StreamEvents, options);

    /// <summary>
    /// Wraps the stream <paramref name="open"/> opens so that a transient failure before the first meaningful event closes
    /// it, waits (<see cref="Backoff"/>) and opens it again, up to <see cref="RetryPolicy.MaxRetries"/> times.
    /// </summary>
    /// <typeparam name="T">The stream's event type.</typeparam>
    /// <param name="open">Opens the stream once per attempt, with the consumer's cancellation token.</param>
    /// <param name="rules">Which events are preamble and which report in-band errors.</param>
    /// <param name="options">Policy, clock, jitter, classification and callbacks; imp-core's defaults when <see langword="null"/>.</param>
    /// <returns>The retrying stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> or <paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static IAsyncEnumerable<T> Create<T>(Func<CancellationToken, IAsyncEnumerable<T>> open, StreamRetryRules<T> rules, RetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(rules);
        options = options is null ? DefaultOptions : options with { };
        options.Validate();
        return new RetryingStreamEnumerator<T>(open, rules, options, pipeline: null);
    }

    /// <summary>
    /// Retries a stream's start-up through <paramref name="pipeline"/>, a Polly pipeline of your own: add the imp retry to
    /// it with <see cref="ImpRetryResilienceExtensions.AddImpRetry(ResiliencePipelineBuilder, RetryOptions?)"/>, beside
    /// your other strategies (a timeout, a circuit breaker…), and its telemetry is the pipeline's.
    /// </summary>
    /// <typeparam name="T">The stream's event type.</typeparam>
    /// <param name="open">Opens the stream once per attempt, with the consumer's cancellation token.</param>
    /// <param name="rules">Which events are preamble and which report in-band errors.</param>
    /// <param name="pipeline">Runs each start-up; its strategies see one attempt as one execution.</param>
    /// <returns>The retrying stream.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<T> Create<T>(Func<CancellationToken, IAsyncEnumerable<T>> open, StreamRetryRules<T> rules, ResiliencePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(pipeline);
        return new RetryingStreamEnumerator<T>(open, rules, options: null, pipeline);
    }

    /// <summary>As <see cref="Create{T}(Func{CancellationToken, IAsyncEnumerable{T}}, StreamRetryRules{T}, ResiliencePipeline)"/>, telling <paramref name="onRetry"/> of this stream's retries before the pipeline's own callbacks.</summary>
    internal static IAsyncEnumerable<T> Create<T>(Func<CancellationToken, IAsyncEnumerable<T>> open, StreamRetryRules<T> rules, ResiliencePipeline pipeline, Action<RetryAttempt>? onRetry) =>
        new RetryingStreamEnumerator<T>(open, rules, options: null, pipeline, onRetry);

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

    private static RetryOptions DefaultOptions { get; } = new();
}
