using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
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
    /// <summary>One event as its trace line, without the line break.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="runEvent"/> is <see langword="null"/>.</exception>
    public static string ToLine(RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(runEvent);
        return JsonSerializer.Serialize(runEvent, ImpJson.TypeInfo<RunEvent>());
    }

    /// <summary>Reads one trace line back.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The line is not one event; the message says why.</exception>
    public static RunEvent FromLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return JsonSerializer.Deserialize(line, ImpJson.TypeInfo<RunEvent>())
            ?? throw new JsonException("A trace line holds null where an event was expected.");
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
