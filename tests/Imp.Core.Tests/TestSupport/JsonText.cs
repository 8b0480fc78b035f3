using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Imp.Core.Tests.TestSupport;

/// <summary>JSON text helpers for tests: escaping by hand, and writing through a converter without the serializer.</summary>
internal static class JsonText
{
    /// <summary>A JSON string token with every UTF-16 unit written as a <c>\uXXXX</c> escape: <c>"\u0066\u0069..."</c>.</summary>
    public static string FullyEscaped(string value)
    {
        var builder = new StringBuilder(value.Length * 6 + 2).Append('"');
        foreach (char c in value)
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('"').ToString();
    }

    /// <summary>What <paramref name="write"/> writes to a fresh <see cref="Utf8JsonWriter"/>, decoded from UTF-8.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The bytes <paramref name="write"/> writes to a fresh <see cref="Utf8JsonWriter"/>.</summary>
    public static byte[] WriteBytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
