using System;
using System.Globalization;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>f64 text as serde_json (ryu) writes it; the values are checked against serde in the golden corpus too (imp_llm::Cost).</summary>
public sealed class SerdeFloatTextTests
{
    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(3.0, "3.0")]
    [InlineData(-1.0, "-1.0")]
    [InlineData(7.5, "7.5")]
    [InlineData(10.935, "10.935")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(9999999999999998.0, "9999999999999998.0")]
    [InlineData(1e16, "1e16")]
    [InlineData(1.5e16, "1.5e16")]
    [InlineData(1e21, "1e21")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "0.00001")]
    [InlineData(0.000001, "1e-6")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e308")]
    [InlineData(-double.MaxValue, "-1.7976931348623157e308")]
    [InlineData(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [InlineData(18446744073709551615.0, "1.8446744073709552e19")]
    [InlineData(1000.0, "1000.0")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(12.34, "12.34")]
    public void Values_are_written_in_ryus_layout(double value, string expected)
    {
        SerdeFloatText.Format(value).ShouldBe(expected);
    }

    [Fact]
    public void Random_bit_patterns_read_back_exactly_and_in_serdes_alphabet()
    {
        var random = new Random(12);
        for (int i = 0; i < 20_000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (!double.IsFinite(value))
            {
                continue;
            }

            string text = SerdeFloatText.Format(value);
            double.Parse(text, CultureInfo.InvariantCulture).ShouldBe(value, text);
            text.IndexOfAny(['E', '+']).ShouldBe(-1, text);
            (text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)).ShouldBeTrue(text);
        }
    }

    [Fact]
    public void Non_finite_values_have_no_number_text()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SerdeFloatText.Format(double.NaN));
        Should.Throw<ArgumentOutOfRangeException>(() => SerdeFloatText.Format(double.PositiveInfinity));
    }

    [Fact]
    public void A_cost_with_a_non_finite_field_is_written_with_null_there_as_serde_writes_it()
    {
        System.Text.Json.JsonSerializer.Serialize(new Cost { Input = double.NaN, Total = double.NegativeInfinity }, ImpJson.Options)
            .ShouldBe("""{"input":null,"output":0.0,"cache_read":0.0,"cache_write":0.0,"total":null}""");
    }
}
