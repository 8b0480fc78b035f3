using System;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Imp.Json;

/// <summary>
/// Reads and writes <typeparamref name="T"/> as the options would, but refuses JSON <c>null</c> for the value and, for
/// a sequence, for any of its items. Each field gets a parameterless subclass (<c>NotNullFields.cs</c>) named in
/// <c>[JsonConverter]</c>, the only form System.Text.Json's source generator accepts.
/// </summary>
/// <typeparam name="T">The property's type.</typeparam>
internal abstract class NotNullJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly string _owner;
    private readonly string _field;

    protected NotNullJsonConverter(string owner, string field)
    {
        _owner = owner;
        _field = field;
    }

    /// <summary>Called for null too, so that null can be refused.</summary>
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException($"{_owner}.{_field} is not optional, but found null.");
        }

        T value = JsonSerializer.Deserialize(ref reader, ContractOf(options))!;
        if (value is IEnumerable items and not string)
        {
            int index = 0;
            foreach (object? item in items)
            {
                if (item is null)
                {
                    throw new JsonException(string.Create(
                        CultureInfo.InvariantCulture, $"{_owner}.{_field}[{index}] is not optional, but found null."));
                }

                index++;
            }
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ContractOf(options));

    // The options' own contract, from whatever resolver they have: no reflection of ours.
    private static JsonTypeInfo<T> ContractOf(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
