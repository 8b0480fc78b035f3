using System;
using System.Collections.Generic;
using System.IO;

namespace Imp;

/// <summary>
/// Appends events to a trace file, one flushed line each. All runs of the process that trace to the same file share one
/// stream and take turns line by line, so concurrent runs never overwrite each other; each line names its run.
/// </summary>
internal sealed class RunTraceWriter : IDisposable
{
    private static readonly Dictionary<string, SharedFile> Open = new(StringComparer.Ordinal);
    private readonly SharedFile _file;
    private bool _disposed;

    public RunTraceWriter(string path)
    {
        string full = Path.GetFullPath(path);
        lock (Open)
        {
            if (!Open.TryGetValue(full, out SharedFile? file))
            {
                string? folder = Path.GetDirectoryName(full);
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                file = new SharedFile(full, new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.Read));
                Open[full] = file;
            }

            file.Users++;
            _file = file;
        }
    }

    public void Write(RunEvent runEvent)
    {
        // One write per line, then a flush to the OS: a crash loses at most the event being written.
        byte[] line = RunTrace.ToUtf8Line(runEvent);
        lock (_file)
        {
            _file.Stream.Write(line);
            _file.Stream.Flush();
        }
    }

    public void Dispose()
    {
        lock (Open)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (--_file.Users == 0)
            {
                Open.Remove(_file.Path);
                lock (_file)
                {
                    _file.Stream.Dispose();
                }
            }
        }
    }

    private sealed class SharedFile(string path, FileStream stream)
    {
        public string Path { get; } = path;

        public FileStream Stream { get; } = stream;

        public int Users { get; set; }
    }
}
