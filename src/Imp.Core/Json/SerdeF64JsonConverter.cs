using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imp.Json;

/// <summary>
/// An <c>f64</c> field as serde_json reads and writes it: written in ryu's layout (<see cref="SerdeFloatText"/>),
/// <c>null</c> for NaN and infinities as serde writes them; read from any JSON number that is finite as a
/// <see cref="double"/> (<c>1e400</c> is refused, as serde refuses it), and from nothing else.
/// </summary>
internal sealed class SerdeF64JsonConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            string found = reader.TokenType == JsonTokenType.String ? $"the string {JsonTokenText.Raw(ref reader)}" : JsonTokenText.DescribeNonString(ref reader);
            throw new JsonException($"An f64 is read from a JSON number, but found {found}.");
        }

        return reader.TryGetDouble(out double value) && double.IsFinite(value)
            ? value
            : throw new JsonException($"The number {JsonTokenText.Raw(ref reader)} is out of range for an f64.");
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteRawValue(SerdeFloatText.Format(value), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
