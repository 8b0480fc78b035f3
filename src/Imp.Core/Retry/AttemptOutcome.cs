using System;

namespace Imp;

/// <summary>
/// How one attempt's start-up ended without throwing: at its first meaningful event (which may be an in-band
/// error), or, as <see langword="default"/>, at the end of the stream.
/// </summary>
internal readonly struct AttemptOutcome<T>
{
    public AttemptOutcome(RetryingStreamEnumerator<T> owner, Exception? inBandError)
    {
        Owner = owner;
        InBandError = inBandError;
    }

    /// <summary>The enumerator holding the attempt's open upstream; <see langword="null"/> when the stream ended.</summary>
    public RetryingStreamEnumerator<T>? Owner { get; }

    /// <summary>Whether the upstream stands at a meaningful event, still to be forwarded.</summary>
    public bool HasEvent => Owner is not null;

    /// <summary>The retryable-looking failure that event reports in-band, if any.</summary>
    public Exception? InBandError { get; }
}
