using System;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// What the shared retry pipeline needs from the enumeration it is retrying, found through the execution's
/// <see cref="Polly.ResilienceContext"/>: the pipeline itself is built once per clock and holds no stream's state.
/// </summary>
internal interface IStreamAttempts
{
    RetryPolicy Policy { get; }

    Func<double> RandomSource { get; }

    Action<RetryAttempt>? OnRetry { get; }

    /// <summary>Disposes the failed attempt's upstream enumerator, if it is still open.</summary>
    ValueTask DiscardUpstreamAsync();
}
