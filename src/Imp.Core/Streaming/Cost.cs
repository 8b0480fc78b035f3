using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// The dollar cost of a request, as imp-llm's <c>Cost</c>: five required <c>f64</c> fields,
/// <c>{"input":3.0,"output":7.5,"cache_read":0.06,"cache_write":0.375,"total":10.935}</c>.
/// </summary>
public sealed record Cost
{
    /// <summary>Cost of the input tokens.</summary>
    [JsonRequired]
    [JsonConverter(typeof(SerdeF64JsonConverter))]
    public double Input { get; init; }

    /// <summary>Cost of the output tokens.</summary>
    [JsonRequired]
    [JsonConverter(typeof(SerdeF64JsonConverter))]
    public double Output { get; init; }

    /// <summary>Cost of the tokens read from the cache.</summary>
    [JsonRequired]
    [JsonConverter(typeof(SerdeF64JsonConverter))]
    public double CacheRead { get; init; }

    /// <summary>Cost of the tokens written to the cache.</summary>
    [JsonRequired]
    [JsonConverter(typeof(SerdeF64JsonConverter))]
    public double CacheWrite { get; init; }

    /// <summary>The sum of the others, as the provider or the pricing computed it.</summary>
    [JsonRequired]
    [JsonConverter(typeof(SerdeF64JsonConverter))]
    public double Total { get; init; }

    /// <summary>What <paramref name="usage"/> costs at <paramref name="pricing"/>'s rates (imp-llm's <c>Usage::cost</c>).</summary>
    public static Cost Of(Usage usage, ModelPricing pricing)
    {
        System.ArgumentNullException.ThrowIfNull(usage);
        System.ArgumentNullException.ThrowIfNull(pricing);
        double input = usage.InputTokens * pricing.InputPerMillionTokens / 1_000_000.0;
        double output = usage.OutputTokens * pricing.OutputPerMillionTokens / 1_000_000.0;
        double cacheRead = usage.CacheReadTokens * pricing.CacheReadPerMillionTokens / 1_000_000.0;
        double cacheWrite = usage.CacheWriteTokens * pricing.CacheWritePerMillionTokens / 1_000_000.0;
        return new Cost { Input = input, Output = output, CacheRead = cacheRead, CacheWrite = cacheWrite, Total = input + output + cacheRead + cacheWrite };
    }

    /// <summary>This cost and <paramref name="other"/> added field by field (imp-llm's <c>Cost::add</c>).</summary>
    public Cost Add(Cost other)
    {
        System.ArgumentNullException.ThrowIfNull(other);
        return new Cost
        {
            Input = Input + other.Input,
            Output = Output + other.Output,
            CacheRead = CacheRead + other.CacheRead,
            CacheWrite = CacheWrite + other.CacheWrite,
            Total = Total + other.Total,
        };
    }
}
