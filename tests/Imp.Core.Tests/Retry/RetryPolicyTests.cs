using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>Defaults and validation of <see cref="RetryPolicy"/>.</summary>
public sealed class RetryPolicyTests
{
    [Fact]
    public void Defaults_are_imp_cores()
    {
        var policy = new RetryPolicy();

        policy.MaxRetries.ShouldBe(3);
        policy.BaseDelay.ShouldBe(TimeSpan.FromSeconds(1));
        policy.MaxDelay.ShouldBe(TimeSpan.FromSeconds(30));
        policy.RetryOn.ShouldBe([RetryCondition.RateLimit, RetryCondition.ServerError, RetryCondition.Timeout, RetryCondition.ConnectionError]);
        RetryPolicy.Default.MaxRetries.ShouldBe(3);
    }

    [Fact]
    public void A_negative_max_retries_is_rejected_naming_the_value_and_the_range()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new RetryPolicy { MaxRetries = -1 });

        error.ParamName.ShouldBe("MaxRetries");
        error.ActualValue.ShouldBe(-1);
        error.Message.ShouldContain("MaxRetries was -1; it must be 0 (no retry) or more.");
    }

    [Fact]
    public void Zero_max_retries_is_allowed()
    {
        new RetryPolicy { MaxRetries = 0 }.MaxRetries.ShouldBe(0);
    }

    [Theory]
    [InlineData(nameof(RetryPolicy.BaseDelay), -1L)]
    [InlineData(nameof(RetryPolicy.MaxDelay), -1L)]
    [InlineData(nameof(RetryPolicy.BaseDelay), TimeSpan.TicksPerDay + 1)]
    [InlineData(nameof(RetryPolicy.MaxDelay), TimeSpan.TicksPerDay + 1)]
    public void Delays_out_of_range_are_rejected_naming_the_value_and_the_range(string property, long ticks)
    {
        var value = TimeSpan.FromTicks(ticks);
        Action set = property == nameof(RetryPolicy.BaseDelay)
            ? () => _ = new RetryPolicy { BaseDelay = value }
            : () => _ = new RetryPolicy { MaxDelay = value, BaseDelay = TimeSpan.Zero };

        var error = Should.Throw<ArgumentOutOfRangeException>(set);

        error.ParamName.ShouldBe(property);
        error.Message.ShouldContain($"{property} was {value}");
        error.Message.ShouldContain("between 00:00:00 and 1.00:00:00");
    }

    [Fact]
    public void Zero_delays_are_allowed()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

        Should.NotThrow(policy.Validate);
    }

    [Fact]
    public void A_max_delay_below_the_base_delay_fails_validation_naming_both()
    {
        // Setting them in either order is fine; the check runs on use.
        var policy = new RetryPolicy { MaxDelay = TimeSpan.FromMilliseconds(500), BaseDelay = TimeSpan.FromSeconds(1) };

        var error = Should.Throw<ArgumentException>(policy.Validate);

        error.ParamName.ShouldBe("policy");
        error.Message.ShouldContain("MaxDelay (00:00:00.5000000) is smaller than BaseDelay (00:00:01)");
        Should.Throw<ArgumentException>(() => StreamRetry.Create(_ => AsyncEmpty(), new StreamRetryRules<int>(), new RetryOptions { Policy = policy }));
    }

    [Fact]
    public void RetryOn_rejects_null_and_undefined_conditions()
    {
        Should.Throw<ArgumentNullException>(() => new RetryPolicy { RetryOn = null! }).ParamName.ShouldBe("RetryOn");

        var error = Should.Throw<ArgumentOutOfRangeException>(() => new RetryPolicy { RetryOn = [RetryCondition.Timeout, (RetryCondition)42] });
        error.ParamName.ShouldBe("RetryOn");
        error.Message.ShouldContain("42");
        error.Message.ShouldContain("RateLimit, ServerError, Timeout, ConnectionError");
    }

    [Fact]
    public void RetryOn_is_a_copy_the_caller_cannot_change_later()
    {
        var conditions = new List<RetryCondition> { RetryCondition.Timeout };
        var policy = new RetryPolicy { RetryOn = conditions };

        conditions.Add(RetryCondition.RateLimit);

        policy.RetryOn.ShouldBe([RetryCondition.Timeout]);
        policy.Retries(RetryCondition.RateLimit).ShouldBeFalse();
        policy.Retries(RetryCondition.Timeout).ShouldBeTrue();
        policy.Retries((RetryCondition)40).ShouldBeFalse();
        policy.Retries((RetryCondition)(-1)).ShouldBeFalse();
    }

    private static async IAsyncEnumerable<int> AsyncEmpty()
    {
        await System.Threading.Tasks.Task.CompletedTask;
        yield break;
    }
}
