using System.IO;

namespace Imp.Orleans.Demo;

/// <summary>
/// The fleet's tools. Each writes its own record of every time it ran into <c>{folder}/{runId}.*.log</c> — outside the
/// silos, so the side effects of a run can be counted whichever silo ran them.
/// </summary>
public static class FleetTools
{
    /// <summary>The mutable tool's log of run <paramref name="runId"/>: one line per time it ran.</summary>
    public static string SideEffectLog(string folder, string runId) => Path.Combine(folder, runId + ".effects.log");

    /// <summary>The read-only tools' log of run <paramref name="runId"/>: one line per call (they may run again after a silo loss).</summary>
    public static string ReadLog(string folder, string runId) => Path.Combine(folder, runId + ".reads.log");

    /// <summary>The tools of run <paramref name="runId"/>.</summary>
    public static ToolRegistry For(string folder, string runId) => new(
    [
        AgentTool.Create("read_notes", "Reads the notes.", ToolRisk.ReadOnly, async (_, ct) =>
        {
            await File.AppendAllTextAsync(ReadLog(folder, runId), "read_notes\n", ct).ConfigureAwait(false);
            return "add() overflows on i32::MAX";
        }),
        AgentTool.Create("list_files", "Lists the folder.", ToolRisk.ReadOnly, async (_, ct) =>
        {
            await File.AppendAllTextAsync(ReadLog(folder, runId), "list_files\n", ct).ConfigureAwait(false);
            return "notes.txt";
        }),
        AgentTool.Create("append_log", "Appends a line to the log.", ToolRisk.Mutable, async (args, ct) =>
        {
            string line = args.GetProperty("line").GetString() ?? string.Empty;
            await File.AppendAllTextAsync(SideEffectLog(folder, runId), line + "\n", ct).ConfigureAwait(false);
            return "appended";
        }),
    ]);
}
