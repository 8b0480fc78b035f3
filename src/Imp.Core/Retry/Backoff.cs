using System;
using System.Globalization;

namespace Imp;

/// <summary>imp-core's retry delay: exponential backoff with additive jitter, or the provider's Retry-After.</summary>
public static class Backoff
{
    // imp-core stops doubling after 2^10; the cap keeps the shift (and the product) far from overflow.
    private const int MaxDoublings = 10;

    private static readonly Func<double> SharedRandom = Random.Shared.NextDouble;

    /// <summary>
    /// How long to wait before retry number <paramref name="attempt"/> (0 for the first retry), with jitter
    /// from <see cref="Random.Shared"/>.
    /// </summary>
    /// <inheritdoc cref="Delay(int, RetryPolicy, TimeSpan?, Func{double})"/>
    public static TimeSpan? Delay(int attempt, RetryPolicy policy, TimeSpan? retryAfter) => Delay(attempt, policy, retryAfter, SharedRandom);

    /// <summary>How long to wait before retry number <paramref name="attempt"/> (0 for the first retry).</summary>
    /// <param name="attempt">Retries already made: 0 before the first retry. Any size; doubling stops at 2^10.</param>
    /// <param name="policy">Base and maximum delay.</param>
    /// <param name="retryAfter">The provider's Retry-After, when it sent one.</param>
    /// <param name="random">Source of jitter: each call returns a value in [0, 1).</param>
    /// <returns>
    /// <paramref name="retryAfter"/> exactly when it is at most <see cref="RetryPolicy.MaxDelay"/>; <see langword="null"/>
    /// (give up) when it is longer; otherwise <c>min(BaseDelay·2^min(attempt, 10), MaxDelay)</c> plus a jitter in
    /// [0, half of that], in whole milliseconds as imp-core computes it.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="random"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempt"/> or <paramref name="retryAfter"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="RetryPolicy.Validate"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="random"/> returned a value outside [0, 1).</exception>
    public static TimeSpan? Delay(int attempt, RetryPolicy policy, TimeSpan? retryAfter, Func<double> random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(random);
        policy.Validate();

        if (retryAfter is { } suggested)
        {
            return GivesUp(suggested, policy) ? null : suggested;
        }

        var baseMs = WholeMilliseconds(policy.BaseDelay);
        var maxMs = WholeMilliseconds(policy.MaxDelay);
        var shift = Math.Min(attempt, MaxDoublings);
        var cappedMs = Math.Min(baseMs << shift, maxMs);

        var sample = random();
        if (!(sample >= 0 && sample < 1))
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The jitter source returned {sample}; it must return a value in [0, 1)."));
        }

        // Uniform over the whole milliseconds 0..cappedMs/2, as imp-core's `seed % (capped / 2 + 1)`.
        var jitterMs = (long)(sample * ((cappedMs / 2) + 1));
        return TimeSpan.FromTicks((cappedMs + jitterMs) * TimeSpan.TicksPerMillisecond);
    }

    /// <summary>The give-up rule: a Retry-After longer than the policy's maximum delay ends the retries.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    internal static bool GivesUp(TimeSpan retryAfter, RetryPolicy policy)
    {
        if (retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retryAfter), retryAfter, $"Retry-After was {retryAfter}; it must be zero or more.");
        }

        return retryAfter > policy.MaxDelay;
    }

    // BaseDelay is at most a day (86,400,000 ms), so shifting by 10 stays within a long.
    private static long WholeMilliseconds(TimeSpan delay) => delay.Ticks / TimeSpan.TicksPerMillisecond;
}
