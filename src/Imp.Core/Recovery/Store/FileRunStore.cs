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
/// The default <see cref="IRunStore"/>: one append-only JSON Lines file per run (<c>{directory}/{runId}.jsonl</c>), a
/// record per line in imp's wire format. Every record is flushed to the OS as it is appended; a checkpoint is also
/// flushed to disk (<see cref="FileStream.Flush(bool)"/>), with everything before it.
/// </summary>
/// <remarks>
/// A crash can leave the last line torn (written in part): reading drops it, and opening the log again cuts it off
/// before appending, so a torn line never ends up in the middle of a log. A damaged line anywhere else is an error.
/// </remarks>
public sealed class FileRunStore : IRunStore
{
    /// <summary>A store in <paramref name="directory"/>, created when missing.</summary>
    /// <param name="directory">The folder of the run files.</param>
    /// <param name="flushToDisk">Whether checkpoints are flushed to disk (default), or only to the OS: then a killed process loses nothing, a machine that loses power may.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    public FileRunStore(string directory, bool flushToDisk = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        FlushToDisk = flushToDisk;
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The folder of the run files.</summary>
    public string Directory { get; }

    /// <summary>Whether checkpoints are flushed to disk.</summary>
    public bool FlushToDisk { get; }

    /// <summary>The file of run <paramref name="runId"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is empty or holds a character other than letters, digits, '-' and '_'.</exception>
    public string PathOf(string runId)
    {
        CheckRunId(runId);
        return Path.Combine(Directory, runId + ".jsonl");
    }

    /// <inheritdoc />
    public IRunLog Open(string runId) => new FileRunLog(PathOf(runId), FlushToDisk);

    /// <inheritdoc />
    public IAsyncEnumerable<RunRecord> ReadAsync(string runId, CancellationToken cancellationToken = default) => Read(PathOf(runId), cancellationToken);

    /// <summary>Reads the records of a run file; a torn last line is dropped.</summary>
    /// <exception cref="InvalidDataException">A line other than the last is not a record; the message names the file and line.</exception>
    public static async IAsyncEnumerable<RunRecord> Read(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        int start = 0;
        int number = 0;
        while (start < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                // No line break: the process died while writing this line. It was never acknowledged; drop it.
                yield break;
            }

            number++;
            var line = new ReadOnlyMemory<byte>(bytes, start, end - start);
            start = end + 1;
            if (line.Span.Trim((byte)' ').IsEmpty)
            {
                continue;
            }

            yield return Parse(line, path, number);
        }
    }

    private static RunRecord Parse(ReadOnlyMemory<byte> line, string path, int number)
    {
        try
        {
            return JsonSerializer.Deserialize(line.Span, ImpJson.TypeInfo<RunRecord>())
                ?? throw new JsonException("null where a record was expected");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException(
                string.Create(CultureInfo.InvariantCulture, $"Line {number} of the run file {path} is not a run record: {error.Message}"),
                error);
        }
    }

    private static void CheckRunId(string runId)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        foreach (char c in runId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                throw new ArgumentException($"The run id '{runId}' cannot name a file: use letters, digits, '-' and '_' only.", nameof(runId));
            }
        }
    }

    private sealed class FileRunLog : IRunLog
    {
        private readonly FileStream _file;
        private readonly bool _flushToDisk;

        public FileRunLog(string path, bool flushToDisk)
        {
            _flushToDisk = flushToDisk;
            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            CutTornTail(_file);
        }

        public void Append(RunRecord record, bool durable)
        {
            ArgumentNullException.ThrowIfNull(record);
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(record, ImpJson.TypeInfo<RunRecord>());
            lock (_file)
            {
                _file.Write(json);
                _file.WriteByte((byte)'\n');
                _file.Flush(durable && _flushToDisk);
            }
        }

        public void Dispose()
        {
            lock (_file)
            {
                _file.Dispose();
            }
        }

        private static void CutTornTail(FileStream file)
        {
            long length = file.Length;
            long keep = length;
            while (keep > 0)
            {
                file.Position = keep - 1;
                if (file.ReadByte() == '\n')
                {
                    break;
                }

                keep--;
            }

            if (keep != length)
            {
                file.SetLength(keep);
            }

            file.Position = keep;
        }
    }
}
