using System;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

// Enums whose values run without gaps get their names by index; these pin the index arithmetic at the edges.
[WireEnum, System.Text.Json.Serialization.JsonConverter(typeof(OffsetJsonConverter))]
public enum Offset : sbyte
{
    MinusTwo = -2,
    MinusOne,
    Zero,
    One,
}

[WireEnum, System.Text.Json.Serialization.JsonConverter(typeof(TopJsonConverter))]
public enum Top : ulong
{
    NextToLast = ulong.MaxValue - 1,
    Last = ulong.MaxValue,
}

[WireEnum, System.Text.Json.Serialization.JsonConverter(typeof(BottomJsonConverter))]
public enum Bottom : long
{
    First = long.MinValue,
    Second,
}

public sealed class DenseEnumTests
{
    [Fact]
    public void A_run_starting_below_zero_finds_every_name_and_refuses_the_rest()
    {
        Offset[] values = [Offset.MinusTwo, Offset.MinusOne, Offset.Zero, Offset.One];
        values.ShouldAllBe(v => OffsetExtensions.Parse(v.AsStr()) == v);
        values.ShouldBe(OffsetExtensions.GetValues());
        JsonSerializer.Serialize(values).ShouldBe("""["minus_two","minus_one","zero","one"]""");

        foreach (sbyte undefined in new sbyte[] { -3, 2, sbyte.MinValue, sbyte.MaxValue })
        {
            Should.Throw<ArgumentOutOfRangeException>(() => ((Offset)undefined).AsStr());
            Should.Throw<JsonException>(() => JsonSerializer.Serialize((Offset)undefined));
        }
    }

    [Fact]
    public void A_run_at_the_top_of_ulong_wraps_nothing_into_range()
    {
        Top.NextToLast.AsStr().ShouldBe("next_to_last");
        Top.Last.AsStr().ShouldBe("last");
        Should.Throw<ArgumentOutOfRangeException>(() => ((Top)0).AsStr());
        Should.Throw<ArgumentOutOfRangeException>(() => ((Top)(ulong.MaxValue - 2)).AsStr());
        Should.Throw<JsonException>(() => JsonSerializer.Serialize((Top)1));
    }

    [Fact]
    public void A_run_at_the_bottom_of_long_wraps_nothing_into_range()
    {
        Bottom.First.AsStr().ShouldBe("first");
        Bottom.Second.AsStr().ShouldBe("second");
        Should.Throw<ArgumentOutOfRangeException>(() => ((Bottom)long.MaxValue).AsStr());
        Should.Throw<ArgumentOutOfRangeException>(() => ((Bottom)0).AsStr());
        Should.Throw<ArgumentOutOfRangeException>(() => ((Bottom)(long.MinValue + 2)).AsStr());
    }
}
