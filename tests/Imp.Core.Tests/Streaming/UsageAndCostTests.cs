using System;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Streaming;

/// <summary>imp-llm's usage.rs tests, carried over, and the edges they leave out.</summary>
public sealed class UsageAndCostTests
{
    private static readonly ModelPricing Pricing = new(3.0, 15.0, 0.3, 3.75);

    [Fact]
    public void Total_tokens_sum_input_and_output()
    {
        new Usage { InputTokens = 100, OutputTokens = 50, CacheReadTokens = 200, CacheWriteTokens = 10 }.TotalTokens.ShouldBe(150u);
    }

    [Fact]
    public void Total_tokens_wrap_past_u32_as_rust_release_builds_do()
    {
        new Usage { InputTokens = uint.MaxValue, OutputTokens = 2 }.TotalTokens.ShouldBe(1u);
    }

    [Fact]
    public void Cost_calculation_matches_expected()
    {
        Cost cost = Cost.Of(new Usage { InputTokens = 1_000_000, OutputTokens = 500_000, CacheReadTokens = 200_000, CacheWriteTokens = 100_000 }, Pricing);

        Math.Abs(cost.Input - 3.0).ShouldBeLessThan(double.Epsilon);
        Math.Abs(cost.Output - 7.5).ShouldBeLessThan(double.Epsilon);
        Math.Abs(cost.CacheRead - 0.06).ShouldBeLessThan(double.Epsilon);
        Math.Abs(cost.CacheWrite - 0.375).ShouldBeLessThan(double.Epsilon);
        Math.Abs(cost.Total - 10.935).ShouldBeLessThan(1e-10);
    }

    [Fact]
    public void Cost_is_zero_for_zero_usage()
    {
        Cost.Of(new Usage(), Pricing).ShouldBe(new Cost());
    }

    [Fact]
    public void Add_accumulates_all_fields()
    {
        var a = new Usage { InputTokens = 100, OutputTokens = 50, CacheReadTokens = 10, CacheWriteTokens = 5 };
        var b = new Usage { InputTokens = 200, OutputTokens = 100, CacheReadTokens = 20, CacheWriteTokens = 10 };

        a.Add(b).ShouldBe(new Usage { InputTokens = 300, OutputTokens = 150, CacheReadTokens = 30, CacheWriteTokens = 15 });
        a.ShouldBe(new Usage { InputTokens = 100, OutputTokens = 50, CacheReadTokens = 10, CacheWriteTokens = 5 });
    }

    [Fact]
    public void Cost_add_accumulates_all_fields()
    {
        var a = new Cost { Input = 1.0, Output = 2.0, CacheRead = 0.5, CacheWrite = 0.25, Total = 3.75 };
        var b = new Cost { Input = 0.5, Output = 1.5, CacheRead = 0.25, CacheWrite = 0.75, Total = 3.0 };

        a.Add(b).ShouldBe(new Cost { Input = 1.5, Output = 3.5, CacheRead = 0.75, CacheWrite = 1.0, Total = 6.75 });
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => new Usage().Add(null!));
        Should.Throw<ArgumentNullException>(() => new Cost().Add(null!));
        Should.Throw<ArgumentNullException>(() => Cost.Of(null!, Pricing));
        Should.Throw<ArgumentNullException>(() => Cost.Of(new Usage(), null!));
    }
}
