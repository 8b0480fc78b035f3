using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Imp;

/// <summary>
/// How many times to retry a transient failure, how long to wait in between, and which kinds of
/// failure (<see cref="RetryCondition"/>) count as transient.
/// </summary>
/// <remarks>
/// The defaults are imp-core's: 3 retries, 1 s base delay, 30 s maximum delay, all four conditions.
/// Each value is checked when it is set; <see cref="Validate"/> checks the values against each other.
/// imp's retry policy has no serde form, so it has no wire shape to match; it is configuration, not a record.
/// </remarks>
public sealed class RetryPolicy
{
    /// <summary>The largest <see cref="BaseDelay"/> or <see cref="MaxDelay"/> accepted: one day.</summary>
    public static readonly TimeSpan MaxAllowedDelay = TimeSpan.FromDays(1);

    private static readonly RetryCondition[] AllConditions = Enum.GetValues<RetryCondition>();
    private static readonly IReadOnlyList<RetryCondition> AllConditionsReadOnly = Array.AsReadOnly(AllConditions);

    private readonly int _maxRetries = 3;
    private readonly TimeSpan _baseDelay = TimeSpan.FromSeconds(1);
    private readonly TimeSpan _maxDelay = TimeSpan.FromSeconds(30);
    private readonly IReadOnlyList<RetryCondition> _retryOn = AllConditionsReadOnly;
    private readonly int _retryOnMask = MaskOf(AllConditions);

    /// <summary>The policy with imp-core's defaults.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>Retries after the first attempt; 0 means a single attempt. Default 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRetries
    {
        get => _maxRetries;
        init => _maxRetries = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(
                nameof(MaxRetries),
                value,
                string.Create(CultureInfo.InvariantCulture, $"MaxRetries was {value}; it must be 0 (no retry) or more."));
    }

    /// <summary>Delay before the first retry, doubled for each later one. Zero retries at once. Default 1 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxAllowedDelay"/>.</exception>
    public TimeSpan BaseDelay
    {
        get => _baseDelay;
        init => _baseDelay = CheckDelay(value, nameof(BaseDelay));
    }

    /// <summary>Cap on the exponential delay, and the longest Retry-After honoured (a longer one gives up). Default 30 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxAllowedDelay"/>.</exception>
    public TimeSpan MaxDelay
    {
        get => _maxDelay;
        init => _maxDelay = CheckDelay(value, nameof(MaxDelay));
    }

    /// <summary>The kinds of failure that are retried; empty retries nothing. Default: all four.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value holds an undefined <see cref="RetryCondition"/>.</exception>
    public IReadOnlyList<RetryCondition> RetryOn
    {
        get => _retryOn;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(RetryOn));

            // A copy, so a caller's later change to its list cannot change the policy.
            var conditions = value.ToArray();
            foreach (var condition in conditions)
            {
                if (!Enum.IsDefined(condition))
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(RetryOn),
                        condition,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"RetryOn holds {(int)condition}, which is no RetryCondition; allowed: {string.Join(", ", Enum.GetNames<RetryCondition>())}."));
                }
            }

            _retryOnMask = MaskOf(conditions);
            _retryOn = Array.AsReadOnly(conditions);
        }
    }

    /// <summary>Whether <see cref="RetryOn"/> holds <paramref name="condition"/>.</summary>
    /// <param name="condition">A kind of transient failure.</param>
    /// <returns><see langword="true"/> when failures of that kind are retried.</returns>
    public bool Retries(RetryCondition condition) => (_retryOnMask & Bit(condition)) != 0;

    /// <summary>Checks the values against each other: <see cref="MaxDelay"/> must be at least <see cref="BaseDelay"/>.</summary>
    /// <exception cref="ArgumentException">The policy is inconsistent; the message names both values.</exception>
    public void Validate()
    {
        if (MaxDelay < BaseDelay)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"MaxDelay ({MaxDelay}) is smaller than BaseDelay ({BaseDelay}); MaxDelay must be at least BaseDelay."),
                "policy");
        }
    }

    private static TimeSpan CheckDelay(TimeSpan value, string name) =>
        value >= TimeSpan.Zero && value <= MaxAllowedDelay
            ? value
            : throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{name} was {value}; it must be between {TimeSpan.Zero} and {MaxAllowedDelay} (one day)."));

    private static int MaskOf(RetryCondition[] conditions)
    {
        var mask = 0;
        foreach (var condition in conditions)
        {
            mask |= Bit(condition);
        }

        return mask;
    }

    // Undefined values (never in the mask) map to no bit rather than wrapping the shift.
    private static int Bit(RetryCondition condition) => (uint)condition < 32 ? 1 << (int)condition : 0;
}
