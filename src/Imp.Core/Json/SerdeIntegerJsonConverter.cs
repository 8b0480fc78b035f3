using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imp.Json;

/// <summary>
/// An integer field as serde reads it: from a JSON number that is whole and in the Rust type's range, written without a
/// fraction or exponent. Unlike System.Text.Json's own readers it refuses <c>-0</c>, which serde_json reads as a float.
/// </summary>
/// <typeparam name="T">The C# integer type.</typeparam>
internal abstract class SerdeIntegerJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly string _rustType;

    protected SerdeIntegerJsonConverter(string rustType)
    {
        _rustType = rustType;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && !JsonTokenText.IsNegativeZero(ref reader) && TryGet(ref reader, out T value))
        {
            return value;
        }

        string found = reader.TokenType == JsonTokenType.String ? $"the string \"{JsonTokenText.Raw(ref reader)}\"" : JsonTokenText.DescribeNonString(ref reader);
        throw new JsonException($"An integer field (Rust's {_rustType}) is read from a whole number in its range, but found {found}.");
    }

    protected abstract bool TryGet(ref Utf8JsonReader reader, out T value);
}

/// <summary>Rust's <c>i32</c>.</summary>
internal sealed class SerdeI32JsonConverter() : SerdeIntegerJsonConverter<int>("i32")
{
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryGet(ref Utf8JsonReader reader, out int value) => reader.TryGetInt32(out value);
}

/// <summary>Rust's <c>i64</c>.</summary>
internal sealed class SerdeI64JsonConverter() : SerdeIntegerJsonConverter<long>("i64")
{
    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryGet(ref Utf8JsonReader reader, out long value) => reader.TryGetInt64(out value);
}

/// <summary>Rust's <c>u32</c>.</summary>
internal sealed class SerdeU32JsonConverter() : SerdeIntegerJsonConverter<uint>("u32")
{
    public override void Write(Utf8JsonWriter writer, uint value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryGet(ref Utf8JsonReader reader, out uint value) => reader.TryGetUInt32(out value);
}

/// <summary>Rust's <c>u64</c> and <c>usize</c>.</summary>
internal sealed class SerdeU64JsonConverter() : SerdeIntegerJsonConverter<ulong>("u64")
{
    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    protected override bool TryGet(ref Utf8JsonReader reader, out ulong value) => reader.TryGetUInt64(out value);
}
