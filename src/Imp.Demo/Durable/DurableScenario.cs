using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp;

namespace Imp.Demo.Durable;

/// <summary>
/// A three-turn run that survives a crash: two read-only tools, then one that appends to <c>side-effects.log</c> (its
/// own record of every time it ran), then the answer. Its runs keep their records in <c>{folder}/runs</c>.
/// </summary>
public sealed class DurableScenario
{
    /// <summary>The scenario's prompt.</summary>
    public const string Prompt = "Fix the overflow and log it.";

    private readonly string _folder;

    /// <summary>A scenario working in <paramref name="folder"/> (created when missing).</summary>
    public DurableScenario(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "add() overflows on i32::MAX\n");
        Store = new FileRunStore(Path.Combine(_folder, "runs"));
    }

    /// <summary>The run store.</summary>
    public FileRunStore Store { get; }

    /// <summary>The mutable tool's own log: one line per time it ran.</summary>
    public string SideEffectLog => Path.Combine(_folder, "side-effects.log");

    /// <summary>Every time the read-only tools ran, one line each (they may run again after a crash).</summary>
    public string ReadLog => Path.Combine(_folder, "reads.log");

    /// <summary>A runner for the scenario; <paramref name="onEvent"/> sees every event.</summary>
    public TurnRunner Runner(Action<RunEvent>? onEvent = null) => new(new DurableModel(), Tools(), new TurnRunnerOptions
    {
        RunStore = Store,
        // Completes at once, so it runs inline: the crash lands exactly at the checkpoint's event.
        OnEvent = onEvent is null ? null : (e, _) => { onEvent(e); return ValueTask.CompletedTask; },
        Retry = new RetryOptions { Policy = new RetryPolicy { MaxRetries = 0 } },
    });

    /// <summary>
    /// Starts the run <paramref name="runId"/> and, when the <paramref name="occurrence"/>-th checkpoint of
    /// <paramref name="crashAt"/> is stored, kills this very process with SIGKILL: nothing after that point happens.
    /// </summary>
    public Task<RunResult> RunAndCrashAsync(string runId, RecoveryCheckpointKind? crashAt, int occurrence, Action<RunEvent>? onEvent = null)
    {
        int seen = 0;
        return Runner(e =>
        {
            onEvent?.Invoke(e);
            if (e is RunEvent.CheckpointRecorded recorded && recorded.Checkpoint.Kind == crashAt && ++seen == occurrence)
            {
                Console.Out.Flush();
                using Process self = Process.GetCurrentProcess();
                self.Kill(); // SIGKILL on Linux and macOS: no finally block, no flush, no goodbye
                Thread.Sleep(Timeout.Infinite);
            }
        }).RunAsync(Prompt, runId);
    }

    private ToolRegistry Tools() => new(
    [
        AgentTool.Create("read_notes", "Reads the notes.", ToolRisk.ReadOnly, async (_, ct) =>
        {
            await File.AppendAllTextAsync(ReadLog, "read_notes\n", ct);
            return await File.ReadAllTextAsync(Path.Combine(_folder, "notes.txt"), ct);
        }),
        AgentTool.Create("list_files", "Lists the folder.", ToolRisk.ReadOnly, async (_, ct) =>
        {
            await File.AppendAllTextAsync(ReadLog, "list_files\n", ct);
            return "notes.txt";
        }),
        AgentTool.Create("append_log", "Appends a line to the log.", ToolRisk.Mutable, async (args, ct) =>
        {
            string line = args.GetProperty("line").GetString() ?? string.Empty;
            await File.AppendAllTextAsync(SideEffectLog, line + "\n", ct);
            return "appended";
        }),
    ]);
}
