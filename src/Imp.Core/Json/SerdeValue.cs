using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Imp.Json;

/// <summary>
/// A JSON value held as serde_json's <c>Value</c> holds it, with <c>preserve_order</c>: numbers already in serde's
/// canonical text, objects as ordered maps where a repeated key keeps its first position and its last value.
/// </summary>
internal sealed class SerdeValue
{
    private readonly JsonTokenType _kind;
    private readonly string? _text;
    private readonly List<SerdeValue>? _items;
    private readonly List<KeyValuePair<string, SerdeValue>>? _entries;

    private SerdeValue(JsonTokenType kind, string? text = null, List<SerdeValue>? items = null, List<KeyValuePair<string, SerdeValue>>? entries = null)
    {
        _kind = kind;
        _text = text;
        _items = items;
        _entries = entries;
    }

    /// <summary>Reads the value at the reader's current token, leaving the reader on its last token.</summary>
    /// <remarks>The nesting depth is the reader's to limit, as serde_json limits it over the whole document.</remarks>
    /// <exception cref="JsonException">A number out of the <c>f64</c> range, or a lone surrogate.</exception>
    public static SerdeValue Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new SerdeValue(reader.TokenType);
            case JsonTokenType.Number:
                return new SerdeValue(JsonTokenType.Number, CanonicalNumber(ref reader));
            case JsonTokenType.String:
                return new SerdeValue(JsonTokenType.String, ReadString(ref reader));
            case JsonTokenType.StartArray:
                var items = new List<SerdeValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader));
                }

                return new SerdeValue(JsonTokenType.StartArray, items: items);
            case JsonTokenType.StartObject:
                return new SerdeValue(JsonTokenType.StartObject, entries: ReadEntries(ref reader));
            default:
                throw new JsonException($"A JSON value was expected, but found a {reader.TokenType} token.");
        }
    }

    private static List<KeyValuePair<string, SerdeValue>> ReadEntries(ref Utf8JsonReader reader)
    {
        var entries = new List<KeyValuePair<string, SerdeValue>>();
        Dictionary<string, int>? positions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = ReadString(ref reader);
            reader.Read();
            SerdeValue value = Read(ref reader);

            // Small objects are searched in place; a dictionary only once there are enough keys to pay for it.
            positions ??= entries.Count >= 8 ? Index(entries) : null;
            int at = positions is null ? entries.FindIndex(e => e.Key == key) : positions.GetValueOrDefault(key, -1);
            if (at >= 0)
            {
                entries[at] = new(key, value);
                continue;
            }

            positions?.Add(key, entries.Count);
            entries.Add(new(key, value));
        }

        return entries;
    }

    private static Dictionary<string, int> Index(List<KeyValuePair<string, SerdeValue>> entries)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            positions[entries[i].Key] = i;
        }

        return positions;
    }

    /// <summary>Writes the value as serde_json writes it; the writer's encoder decides the string escapes.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (_kind)
        {
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
                writer.WriteBooleanValue(_kind == JsonTokenType.True);
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(_text!, skipInputValidation: true);
                break;
            case JsonTokenType.String:
                writer.WriteStringValue(_text);
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                foreach (SerdeValue item in _items!)
                {
                    item.WriteTo(writer);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, SerdeValue> entry in _entries!)
                {
                    writer.WritePropertyName(entry.Key);
                    entry.Value.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
        }
    }

    /// <summary>
    /// serde_json's number, as it writes it back: an integer that fits <c>u64</c> (from 0) or <c>i64</c> (below 0)
    /// stays as written; every other number is an <c>f64</c> in ryu's layout, <c>-0</c> included.
    /// </summary>
    private static string CanonicalNumber(ref Utf8JsonReader reader)
    {
        string raw = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        bool integral = raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0;
        if (integral && raw != "-0"
            && (raw[0] == '-'
                ? long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                : ulong.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return raw;
        }

        double value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value)
            ? SerdeFloatText.Format(value)
            : throw new JsonException($"The number {raw} is out of range: serde_json reads it as an f64, which cannot hold it.");
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException error)
        {
            throw new JsonException($"The string {JsonTokenText.Raw(ref reader)} holds a lone surrogate escape, which serde_json refuses.", error);
        }
    }
}
