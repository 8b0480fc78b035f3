using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imp.Json;

/// <summary>
/// A <see cref="JsonElement"/> read and written as serde_json's <c>Value</c> (built with <c>preserve_order</c>, as imp
/// builds it) reads and writes it: tool-call arguments, tool-result details and any other free-form JSON through
/// <see cref="ImpJson.Options"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Numbers take serde_json's canonical form: an integer stays as written while it fits an <c>i64</c> or a
/// <c>u64</c>; anything else is an <c>f64</c>, written as ryu writes it (<c>1e3</c> is <c>1000.0</c>, <c>-0</c> is
/// <c>-0.0</c>, <c>18446744073709551616</c> is <c>1.8446744073709552e19</c>); a number beyond the <c>f64</c> range
/// (<c>1e400</c>) is refused.</item>
/// <item>A repeated key keeps one entry, at the key's first position, with the last value (an <c>IndexMap</c> insert).</item>
/// <item>A string with a lone surrogate escape (<c>"\ud800"</c>) is refused.</item>
/// </list>
/// Writing applies the same rules, so an element built elsewhere is written as serde would write it once read.
/// </remarks>
internal sealed class SerdeValueJsonConverter : JsonConverter<JsonElement>
{
    // The options' reader already limited the depth; the value's own copies take whatever it let through.
    private const int AnyDepth = 1000;

    /// <summary>Called for null too: <c>null</c> is a <c>Value</c> like any other.</summary>
    public override bool HandleNull => true;

    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        SerdeValue value = SerdeValue.Read(ref reader);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = SerdeJsonEncoder.Instance, SkipValidation = true }))
        {
            value.WriteTo(writer);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = AnyDepth });
        return document.RootElement.Clone();
    }

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            // default(JsonElement) holds nothing; serde's Value::default() is Null.
            writer.WriteNullValue();
            return;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(value.GetRawText()), new JsonReaderOptions { MaxDepth = AnyDepth });
        reader.Read();
        SerdeValue.Read(ref reader).WriteTo(writer);
    }
}
