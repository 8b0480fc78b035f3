using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Json;

namespace Imp;

/// <summary>
/// A run's trace: its <see cref="RunEvent"/>s as JSON Lines, one event per line in imp's wire format. The runner appends
/// and flushes each line as the event happens (<see cref="TurnRunnerOptions.TracePath"/>), so a run that fails or is
/// killed leaves every event before that point on disk.
/// </summary>
public static class RunTrace
{
    private static readonly byte[] RunIdPrefix = "{\"run_id\":"u8.ToArray();

    /// <summary>
    /// One event as its trace line, without the line break: the event in imp's wire format, with the event's
    /// <see cref="RunEvent.RunId"/> first (<c>{"run_id":"run_…","type":"phase_entered",…}</c>) when it has one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="runEvent"/> is <see langword="null"/>.</exception>
    public static string ToLine(RunEvent runEvent)
    {
        byte[] line = ToUtf8Line(runEvent);
        return Encoding.UTF8.GetString(line, 0, line.Length - 1);
    }

    /// <summary>Reads one trace line back, with its run id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The line is not one event; the message says why.</exception>
    public static RunEvent FromLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        RunEvent runEvent = JsonSerializer.Deserialize(line, ImpJson.TypeInfo<RunEvent>())
            ?? throw new JsonException("A trace line holds null where an event was expected.");
        return RunIdOf(line) is { } id ? runEvent with { RunId = id } : runEvent;
    }

    /// <summary>The line and its line break, as UTF-8.</summary>
    internal static byte[] ToUtf8Line(RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(runEvent);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(runEvent, ImpJson.TypeInfo<RunEvent>());
        if (runEvent.RunId.Length == 0)
        {
            return [.. json, (byte)'\n'];
        }

        // {"run_id":"…", then the event's own fields: the run is the line's address, read first.
        byte[] id = JsonSerializer.SerializeToUtf8Bytes(runEvent.RunId, ImpJson.TypeInfo<string>());
        return [.. RunIdPrefix, .. id, (byte)',', .. json.AsSpan(1), (byte)'\n'];
    }

    private static string? RunIdOf(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isRunId = reader.ValueTextEquals("run_id"u8);
            reader.Read();
            if (isRunId && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>Reads the events of a trace file, in order. Blank lines are skipped.</summary>
    /// <param name="path">The trace file.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The events, read lazily.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="InvalidDataException">A line is not an event; the message names the file and the line number, the inner exception says why.</exception>
    public static IAsyncEnumerable<RunEvent> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(path, cancellationToken);
    }

    private static async IAsyncEnumerable<RunEvent> Read(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.ReadWrite, Options = FileOptions.Asynchronous });
        int number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            RunEvent runEvent;
            try
            {
                runEvent = FromLine(line);
            }
            catch (JsonException error)
            {
                throw new InvalidDataException(
                    string.Create(CultureInfo.InvariantCulture, $"Line {number} of the trace {path} is not a run event: {error.Message}"),
                    error);
            }

            yield return runEvent;
        }
    }
}
