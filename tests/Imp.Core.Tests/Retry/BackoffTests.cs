using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>Ports of imp-core's <c>backoff_delay</c> tests, then exact values, jitter bounds and bad input.</summary>
public sealed class BackoffTests
{
    // imp-core's test policy: fast delays.
    private static readonly RetryPolicy Policy = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(100),
    };

    private static readonly Func<double> NoJitter = () => 0.0;
    private static readonly Func<double> MostJitter = () => Math.BitDecrement(1.0);

    private static TimeSpan Ms(long milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    // Seed: backoff_grows_exponentially
    [Fact]
    public void Backoff_grows_exponentially()
    {
        var d0 = Backoff.Delay(0, Policy, retryAfter: null)!.Value;
        var d1 = Backoff.Delay(1, Policy, retryAfter: null)!.Value;
        var d2 = Backoff.Delay(2, Policy, retryAfter: null)!.Value;

        d0.ShouldBeLessThanOrEqualTo(Ms(200));
        d1.ShouldBeGreaterThanOrEqualTo(Ms(20));
        d2.ShouldBeGreaterThanOrEqualTo(Ms(40));

        // With the jitter pinned, the doubling is exact.
        Backoff.Delay(0, Policy, null, NoJitter).ShouldBe(Ms(10));
        Backoff.Delay(1, Policy, null, NoJitter).ShouldBe(Ms(20));
        Backoff.Delay(2, Policy, null, NoJitter).ShouldBe(Ms(40));
        Backoff.Delay(3, Policy, null, NoJitter).ShouldBe(Ms(80));
    }

    // Seed: backoff_capped_at_max_delay
    [Fact]
    public void Backoff_is_capped_at_max_delay()
    {
        // 10 ms · 2^10 = 10,240 ms, capped at 100 ms, plus at most half of that.
        var delay = Backoff.Delay(10, Policy, retryAfter: null)!.Value;

        delay.ShouldBeInRange(Ms(100), Ms(150));
        Backoff.Delay(10, Policy, null, NoJitter).ShouldBe(Ms(100));
        Backoff.Delay(10, Policy, null, MostJitter).ShouldBe(Ms(150));
    }

    // Seed: retry_after_respected_within_limit
    [Fact]
    public void Retry_after_within_limit_is_taken_exactly()
    {
        Backoff.Delay(0, Policy, TimeSpan.Zero).ShouldBe(TimeSpan.Zero);
    }

    // Seed: retry_after_exceeds_max_delay_returns_none
    [Fact]
    public void Retry_after_above_max_delay_gives_up()
    {
        Backoff.Delay(0, Policy, TimeSpan.FromSeconds(10)).ShouldBeNull();
    }

    [Fact]
    public void Retry_after_is_exact_up_to_max_delay_and_overrides_the_backoff()
    {
        var unused = new List<double>();
        Func<double> spy = () =>
        {
            unused.Add(0.5);
            return 0.5;
        };

        Backoff.Delay(3, Policy, TimeSpan.FromTicks(123_456), spy).ShouldBe(TimeSpan.FromTicks(123_456));
        Backoff.Delay(0, Policy, Policy.MaxDelay, spy).ShouldBe(Policy.MaxDelay);
        Backoff.Delay(0, Policy, Policy.MaxDelay + TimeSpan.FromTicks(1), spy).ShouldBeNull();
        unused.ShouldBeEmpty("a Retry-After needs no jitter");
    }

    [Theory]
    [InlineData(0.0, 40)]
    [InlineData(0.25, 45)]
    [InlineData(0.5, 50)]
    [InlineData(0.9999999, 60)]
    public void Jitter_is_a_whole_number_of_milliseconds_up_to_half_the_capped_delay(double sample, long expectedMs)
    {
        // Capped 40 ms: jitter is uniform over 0..20 ms, i.e. floor(sample · 21).
        Backoff.Delay(2, Policy, null, () => sample).ShouldBe(Ms(expectedMs));
    }

    [Fact]
    public void Sub_millisecond_delays_are_truncated_as_imp_core_does()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromTicks(15_000), MaxDelay = Ms(100) };

        Backoff.Delay(0, policy, null, NoJitter).ShouldBe(Ms(1));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(64)]
    [InlineData(1_000_000)]
    [InlineData(int.MaxValue)]
    public void Huge_attempt_numbers_stop_doubling_at_two_to_the_tenth_without_overflow(int attempt)
    {
        var uncapped = new RetryPolicy { BaseDelay = Ms(1), MaxDelay = TimeSpan.FromDays(1) };
        var largest = new RetryPolicy { BaseDelay = TimeSpan.FromDays(1), MaxDelay = TimeSpan.FromDays(1) };

        Backoff.Delay(attempt, uncapped, null, NoJitter).ShouldBe(Ms(1024));
        Backoff.Delay(attempt, largest, null, MostJitter).ShouldBe(TimeSpan.FromDays(1.5));
    }

    [Fact]
    public void Zero_delays_retry_at_once()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

        Backoff.Delay(0, policy, null, MostJitter).ShouldBe(TimeSpan.Zero);
        Backoff.Delay(int.MaxValue, policy, null, MostJitter).ShouldBe(TimeSpan.Zero);
        Backoff.Delay(0, policy, TimeSpan.Zero).ShouldBe(TimeSpan.Zero);
        Backoff.Delay(0, policy, TimeSpan.FromTicks(1)).ShouldBeNull();
    }

    [Fact]
    public void A_negative_attempt_is_rejected_by_name()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => Backoff.Delay(-1, Policy, null));

        error.ParamName.ShouldBe("attempt");
        error.ActualValue.ShouldBe(-1);
    }

    [Fact]
    public void A_negative_retry_after_is_rejected_by_name()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => Backoff.Delay(0, Policy, TimeSpan.FromSeconds(-1)));

        error.ParamName.ShouldBe("retryAfter");
        error.Message.ShouldContain("zero or more");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_jitter_source_outside_zero_to_one_is_reported_with_its_value(double sample)
    {
        var error = Should.Throw<InvalidOperationException>(() => Backoff.Delay(0, Policy, null, () => sample));

        error.Message.ShouldContain(sample.ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.Message.ShouldContain("[0, 1)");
    }

    [Fact]
    public void A_max_delay_below_the_base_delay_is_rejected_naming_both()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(1) };

        var error = Should.Throw<ArgumentException>(() => Backoff.Delay(0, policy, null));

        error.Message.ShouldContain("MaxDelay (00:00:01)");
        error.Message.ShouldContain("BaseDelay (00:00:02)");
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Should.Throw<ArgumentNullException>(() => Backoff.Delay(0, null!, null)).ParamName.ShouldBe("policy");
        Should.Throw<ArgumentNullException>(() => Backoff.Delay(0, Policy, null, null!)).ParamName.ShouldBe("random");
    }
}
