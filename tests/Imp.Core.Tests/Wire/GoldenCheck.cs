using System;
using System.Text;
using System.Text.Json;
using Imp.Json;

namespace Imp.Core.Tests.Wire;

/// <summary>Checks one corpus entry against the C# type through <see cref="ImpJson.Options"/>.</summary>
internal static class GoldenCheck
{
    /// <summary>Null when the entry holds; else what went wrong, in one line.</summary>
    public static string? Failure(GoldenEntry entry)
    {
        Type? type = GoldenTypes.Find(entry.Type);
        if (type is null)
        {
            return $"no C# type {GoldenTypes.NameOf(entry.Type)}";
        }

        byte[] input = Encoding.UTF8.GetBytes(entry.Read);
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(input, type, ImpJson.Options);
        }
        catch (JsonException) when (!entry.IsAccepted)
        {
            return null;
        }
        catch (Exception e)
        {
            return entry.IsAccepted
                ? $"reading {entry.Read} threw {e.GetType().Name}: {e.Message}"
                : $"refused {entry.Read} with {e.GetType().Name}, not a JsonException: {e.Message}";
        }

        string written;
        try
        {
            written = JsonSerializer.Serialize(value, type, ImpJson.Options);
        }
        catch (Exception e)
        {
            return $"read {entry.Read}, then writing threw {e.GetType().Name}: {e.Message}";
        }

        if (!entry.IsAccepted)
        {
            return $"read {entry.Read} (written back as {written}); serde refuses it: {entry.Error}";
        }

        return written == entry.Json ? null : $"read {entry.Read}, wrote {written}; serde writes {entry.Json}";
    }
}
