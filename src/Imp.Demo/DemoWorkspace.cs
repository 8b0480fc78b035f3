using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp;

namespace Imp.Demo;

/// <summary>An in-memory project the scripted agent works on, and the tools that read and change it.</summary>
internal sealed class DemoWorkspace
{
    private static readonly TimeSpan BarrierTimeout = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["src/lib.rs"] = "pub fn add(a: i32, b: i32) -> i32 {\n    // TODO: handle overflow\n    a + b\n}\n",
        ["src/main.rs"] = "fn main() { println!(\"{}\", demo::add(2, 2)); }\n",
        ["tests/add.rs"] = "#[test]\nfn adds() { assert_eq!(demo::add(2, 2), 4); }\n// TODO: test overflow\n",
    };

    private readonly object _lock = new();
    private int _readersStarted;
    private readonly TaskCompletionSource _allReadersStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _searchDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _listDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The files that still hold a TODO, for the verification gate.</summary>
    public IReadOnlyList<string> FilesWithTodo()
    {
        lock (_lock)
        {
            return [.. _files.Where(f => f.Value.Contains("TODO", StringComparison.Ordinal)).Select(f => f.Key).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>The tools: three read-only ones (run together) and one that writes.</summary>
    public ToolRegistry Tools() => new(
    [
        AgentTool.Create("read_file", "Reads a file of the project.", ToolRisk.ReadOnly, ReadFileAsync, Schema("path")),
        AgentTool.Create("list_dir", "Lists the files under a folder.", ToolRisk.ReadOnly, ListDirAsync, Schema("path")),
        AgentTool.Create("search", "Finds the lines that contain a text.", ToolRisk.ReadOnly, SearchAsync, Schema("text")),
        AgentTool.Create("write_file", "Replaces a file's content.", ToolRisk.Mutable, WriteFileAsync, Schema("path", "content")),
    ]);

    /// <summary>
    /// Sees the run's events: a reader finishes only once the previous reader's finish has been reported, so the
    /// timeline prints them in the same order on every run.
    /// </summary>
    public void Observe(RunEvent runEvent)
    {
        if (runEvent is RunEvent.ToolFinished { Name: "search" })
        {
            _searchDone.TrySetResult();
        }
        else if (runEvent is RunEvent.ToolFinished { Name: "list_dir" })
        {
            _listDone.TrySetResult();
        }
    }

    // The three readers wait for each other, which only works when they really run at the same time, and finish
    // in a fixed order (search, list_dir, read_file), each after the previous one's finish was reported.
    private async Task ReadersMeetAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _readersStarted) % 3 == 0)
        {
            _allReadersStarted.TrySetResult();
        }

        await _allReadersStarted.Task.WaitAsync(BarrierTimeout, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<string> ReadFileAsync(JsonElement arguments, CancellationToken cancellationToken)
    {
        await ReadersMeetAsync(cancellationToken).ConfigureAwait(false);
        await _listDone.Task.WaitAsync(BarrierTimeout, cancellationToken).ConfigureAwait(false);
        string path = arguments.GetProperty("path").GetString()!;
        lock (_lock)
        {
            return _files.TryGetValue(path, out string? content) ? content : throw new InvalidOperationException($"no file {path}");
        }
    }

    private async ValueTask<string> ListDirAsync(JsonElement arguments, CancellationToken cancellationToken)
    {
        await ReadersMeetAsync(cancellationToken).ConfigureAwait(false);
        await _searchDone.Task.WaitAsync(BarrierTimeout, cancellationToken).ConfigureAwait(false);
        string folder = arguments.GetProperty("path").GetString()!.TrimEnd('/') + "/";
        string listing;
        lock (_lock)
        {
            listing = string.Join("\n", _files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        return listing;
    }

    private async ValueTask<string> SearchAsync(JsonElement arguments, CancellationToken cancellationToken)
    {
        await ReadersMeetAsync(cancellationToken).ConfigureAwait(false);
        string text = arguments.GetProperty("text").GetString()!;
        string hits;
        lock (_lock)
        {
            hits = string.Join("\n", _files.OrderBy(f => f.Key, StringComparer.Ordinal)
                .SelectMany(f => f.Value.Split('\n').Select((line, i) => (f.Key, Line: i + 1, Text: line.Trim())))
                .Where(l => l.Text.Contains(text, StringComparison.Ordinal))
                .Select(l => $"{l.Key}:{l.Line}: {l.Text}"));
        }

        return hits;
    }

    private ValueTask<string> WriteFileAsync(JsonElement arguments, CancellationToken cancellationToken)
    {
        string path = arguments.GetProperty("path").GetString()!;
        string content = arguments.GetProperty("content").GetString()!;
        lock (_lock)
        {
            _files[path] = content;
        }

        return ValueTask.FromResult($"wrote {content.Length} characters to {path}");
    }

    private static JsonElement Schema(params string[] required)
    {
        string properties = string.Join(",", required.Select(name => $"\"{name}\":{{\"type\":\"string\"}}"));
        string list = string.Join(",", required.Select(name => $"\"{name}\""));
        return JsonDocument.Parse($"{{\"type\":\"object\",\"properties\":{{{properties}}},\"required\":[{list}]}}").RootElement.Clone();
    }
}
