using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Json;

namespace Imp.Demo.Durable;

/// <summary>
/// <c>--crash-demo</c>: starts the durable scenario in a child process that kills itself (SIGKILL) once a checkpoint is
/// stored, then resumes the run here and shows that nothing is done twice. <c>--durable-child</c> is the child.
/// </summary>
internal static class CrashDemo
{
    public static async Task<int> ChildAsync(string folder, string runId, RecoveryCheckpointKind kind, int occurrence, TextWriter output)
    {
        var timeline = new Timeline(output, checkpoints: true);
        RunResult result = await new DurableScenario(folder).RunAndCrashAsync(runId, kind, occurrence, timeline.Print);
        await output.WriteLineAsync($"no crash: {result.Status.AsStr()}");
        return 0;
    }

    public static async Task<int> RunAsync(RecoveryCheckpointKind kind, int occurrence, TextWriter output, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(Path.GetTempPath(), "imp-crash-demo", Guid.NewGuid().ToString("N"));
        const string RunId = "run_crash_demo";
        await output.WriteLineAsync($"Imp.Generated crash demo: the run is killed at {kind.AsStr()} #{occurrence}, then resumed");
        await output.WriteLineAsync();
        await output.WriteLineAsync("--- child process");
        int exit = await StartChildAsync(folder, RunId, kind, occurrence, output, cancellationToken);
        await output.WriteLineAsync($"--- child process ended with exit code {exit}{(exit == 137 ? " (SIGKILL)" : "")}");
        await output.WriteLineAsync();

        var scenario = new DurableScenario(folder);
        var timeline = new Timeline(output, checkpoints: true);
        await output.WriteLineAsync("--- resumed here");
        RunResult result = await scenario.Runner(timeline.Print).ResumeAsync(RunId, cancellationToken);
        await output.WriteLineAsync();
        await output.WriteLineAsync("final status:");
        await output.WriteLineAsync(JsonSerializer.Serialize(result.Status, ImpJson.TypeInfo<RunFinalStatus>()));
        string[] effects = File.Exists(scenario.SideEffectLog) ? await File.ReadAllLinesAsync(scenario.SideEffectLog, cancellationToken) : [];
        await output.WriteLineAsync($"side effects of the mutable tool: {effects.Length} (it ran at most once)");
        await output.WriteLineAsync($"records: {scenario.Store.PathOf(RunId)}");
        return 0;
    }

    private static async Task<int> StartChildAsync(string folder, string runId, RecoveryCheckpointKind kind, int occurrence, TextWriter output, CancellationToken cancellationToken)
    {
        string host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CrashDemo).Assembly.Location);
        }

        foreach (string argument in new[] { "--durable-child", folder, runId, kind.AsStr(), occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using Process child = Process.Start(start)!;
        while (await child.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            await output.WriteLineAsync(line);
        }

        await child.WaitForExitAsync(cancellationToken);
        return child.ExitCode;
    }
}
