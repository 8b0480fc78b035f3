using System;
using System.Linq;
using System.Text.Json;
using Imp.Json;
using Shouldly;

namespace Imp.Core.Tests.Closeout;

/// <summary>Builds bad JSON from good JSON, field by field, for the strict-reading tests of closeout and tool plan types.</summary>
internal static class WireJson
{
    /// <summary>The top-level object <paramref name="json"/> without the field <paramref name="field"/>.</summary>
    public static string Without(string json, string field)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return "{" + string.Join(",", document.RootElement.EnumerateObject()
            .Where(property => property.Name != field)
            .Select(property => $"\"{property.Name}\":{property.Value.GetRawText()}")) + "}";
    }

    /// <summary>
    /// <paramref name="json"/> with <paramref name="value"/> (raw JSON) in the field <paramref name="field"/>, which must
    /// appear once; the old value stays behind under an unknown name, which readers ignore.
    /// </summary>
    public static string Replacing(string json, string field, string value)
    {
        string key = $"\"{field}\":";
        int at = json.IndexOf(key, StringComparison.Ordinal);
        if (at < 0 || json.IndexOf(key, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"The field {field} must appear exactly once in {json}.");
        }

        return json.Replace(key, $"{key}{value},\"ignored_{field}\":", StringComparison.Ordinal);
    }

    /// <summary>The exception reading <paramref name="json"/> as <typeparamref name="T"/> through ImpJson.Options must throw.</summary>
    public static JsonException Refuses<T>(string json) =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<T>(json, ImpJson.Options));

    /// <summary>A standalone JSON value parsed from <paramref name="json"/>.</summary>
    public static JsonElement Element(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
