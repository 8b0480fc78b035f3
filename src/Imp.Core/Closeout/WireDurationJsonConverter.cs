using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imp;

/// <summary>serde's <c>Duration</c>: writes <c>{"secs":…,"nanos":…}</c>; reads that object or <c>[secs, nanos]</c>, as strictly as serde.</summary>
public sealed class WireDurationJsonConverter : JsonConverter<WireDuration>
{
    /// <inheritdoc/>
    public override WireDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        (ulong Secs, uint Nanos) parts = reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader),
            JsonTokenType.StartArray => ReadArray(ref reader),
            _ => throw new JsonException($"Duration must be an object {{\"secs\":…,\"nanos\":…}} or an array [secs, nanos], but found {Describe(ref reader)}."),
        };
        try
        {
            return new WireDuration(parts.Secs, parts.Nanos);
        }
        catch (OverflowException e)
        {
            throw new JsonException($"Duration of {parts.Secs} s and {parts.Nanos} ns overflows: the nanoseconds carry the seconds past {ulong.MaxValue}.", e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WireDuration value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("secs"u8, value.Seconds);
        writer.WriteNumber("nanos"u8, value.Nanoseconds);
        writer.WriteEndObject();
    }

    private static (ulong, uint) ReadObject(ref Utf8JsonReader reader)
    {
        ulong? secs = null;
        uint? nanos = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("secs"u8))
            {
                secs = secs is null ? ReadSecs(ref reader) : throw Duplicate("secs");
            }
            else if (reader.ValueTextEquals("nanos"u8))
            {
                nanos = nanos is null ? ReadNanos(ref reader) : throw Duplicate("nanos");
            }
            else
            {
                throw new JsonException($"Duration has no field \"{reader.GetString()}\"; its fields are \"secs\" and \"nanos\".");
            }
        }

        return (secs ?? throw Missing("secs"), nanos ?? throw Missing("nanos"));
    }

    private static (ulong, uint) ReadArray(ref Utf8JsonReader reader)
    {
        ulong secs = reader.Read() && reader.TokenType != JsonTokenType.EndArray ? SecsValue(ref reader) : throw Short(0);
        uint nanos = reader.Read() && reader.TokenType != JsonTokenType.EndArray ? NanosValue(ref reader) : throw Short(1);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("Duration as an array has exactly two numbers, [secs, nanos], but found more.");
        }

        return (secs, nanos);
    }

    private static ulong ReadSecs(ref Utf8JsonReader reader)
    {
        reader.Read();
        return SecsValue(ref reader);
    }

    private static uint ReadNanos(ref Utf8JsonReader reader)
    {
        reader.Read();
        return NanosValue(ref reader);
    }

    private static ulong SecsValue(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out ulong value)
            ? value
            : throw new JsonException($"Duration field \"secs\" must be an integer from 0 to {ulong.MaxValue}, but found {Describe(ref reader)}.");

    private static uint NanosValue(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out uint value)
            ? value
            : throw new JsonException($"Duration field \"nanos\" must be an integer from 0 to {uint.MaxValue}, but found {Describe(ref reader)}.");

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => $"the number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.String => $"the string \"{reader.GetString()}\"",
        JsonTokenType.True or JsonTokenType.False => $"the boolean {(reader.TokenType == JsonTokenType.True ? "true" : "false")}",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        _ => "an object",
    };

    private static JsonException Duplicate(string field) => new($"Duration field \"{field}\" appears twice.");

    private static JsonException Missing(string field) => new($"Duration is missing its field \"{field}\".");

    private static JsonException Short(int count) => new($"Duration as an array has exactly two numbers, [secs, nanos], but found {count}.");
}
