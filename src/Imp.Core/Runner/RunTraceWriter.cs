using System;
using System.IO;
using System.Text.Json;
using Imp.Json;

namespace Imp;

/// <summary>Appends events to a trace file, one flushed line each. Callers serialize access.</summary>
internal sealed class RunTraceWriter : IDisposable
{
    private static readonly byte[] NewLine = [(byte)'\n'];
    private readonly FileStream _file;

    public RunTraceWriter(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public void Write(RunEvent runEvent)
    {
        // One write per line, then a flush to the OS: a crash loses at most the event being written.
        byte[] line = JsonSerializer.SerializeToUtf8Bytes(runEvent, ImpJson.TypeInfo<RunEvent>());
        _file.Write(line);
        _file.Write(NewLine);
        _file.Flush();
    }

    public void Dispose() => _file.Dispose();
}
