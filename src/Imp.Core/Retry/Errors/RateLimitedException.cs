using System;
using System.Globalization;

namespace Imp;

/// <summary>The provider refused the request for now (HTTP 429), optionally saying when to come back.</summary>
public sealed class RateLimitedException : LlmException
{
    /// <summary>Initializes a new instance without a Retry-After hint.</summary>
    public RateLimitedException()
        : this(retryAfter: null)
    {
    }

    /// <summary>Initializes a new instance with a message and no Retry-After hint.</summary>
    /// <param name="message">What the provider said.</param>
    public RateLimitedException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message, a cause and no Retry-After hint.</summary>
    /// <param name="message">What the provider said.</param>
    /// <param name="innerException">The cause.</param>
    public RateLimitedException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the provider's Retry-After hint.</summary>
    /// <param name="retryAfter">How long the provider asked to wait, or <see langword="null"/> when it did not say.</param>
    /// <param name="message">What the provider said; a default one names the hint.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public RateLimitedException(TimeSpan? retryAfter, string? message = null, Exception? innerException = null)
        : base(message ?? DefaultMessage(retryAfter), innerException)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, $"Retry-After was {retryAfter}; it must be zero or more.");
        }

        RetryAfter = retryAfter;
    }

    /// <summary>How long the provider asked to wait before the next request, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string DefaultMessage(TimeSpan? retryAfter) => retryAfter is { } wait
        ? string.Create(CultureInfo.InvariantCulture, $"Rate limited; retry after {wait.TotalSeconds} s.")
        : "Rate limited.";
}
