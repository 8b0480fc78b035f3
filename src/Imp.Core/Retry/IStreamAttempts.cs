using System;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// What a retry pipeline needs from the stream enumeration it is retrying, found through the execution's
/// <see cref="Polly.ResilienceContext"/>: the shared pipelines hold no stream's state.
/// </summary>
internal interface IStreamAttempts
{
    /// <summary>The stream's options, for the shared pipelines; <see langword="null"/> when a user's pipeline runs it.</summary>
    RetryOptions? Options { get; }

    /// <summary>
    /// This stream's own listener for its retries, told of each before the options' <see cref="RetryOptions.OnRetry"/>:
    /// how one of many concurrent callers of a shared client hears of its own retries only. Usually <see langword="null"/>.
    /// </summary>
    Action<RetryAttempt>? OnRetry { get; }

    /// <summary>Disposes the failed attempt's upstream enumerator, if it is still open.</summary>
    ValueTask DiscardUpstreamAsync();
}
