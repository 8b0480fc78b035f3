using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Imp.Json;
using Imp.Orleans.Demo;

namespace Imp.Orleans.Tests;

/// <summary>The sample's scenario on a bare <see cref="TurnRunner"/> with a <see cref="FileRunStore"/>: what a run on a grain must match.</summary>
internal static class Baseline
{
    public const string Prompt = "Fix the overflow and log it.";

    public static async Task<(RunOutcome Outcome, int SideEffects, List<RunRecord> Records)> RunAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "imp-orleans-baseline", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var store = new FileRunStore(Path.Combine(folder, "runs"));
            TurnRunner runner = new FleetRunnerFactory(folder, TimeSpan.Zero).Create("run_baseline", null, new TurnRunnerOptions { RunStore = store });
            RunResult result = await runner.RunAsync(Prompt, "run_baseline");
            List<RunRecord> records = await store.ReadAsync("run_baseline").ToListAsync();
            return (RunOutcome.From(result), SideEffects(folder, "run_baseline"), records);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int SideEffects(string folder, string runId) =>
        File.Exists(FleetTools.SideEffectLog(folder, runId)) ? File.ReadAllLines(FleetTools.SideEffectLog(folder, runId)).Length : 0;

    public static RunRecord Record(string json) => JsonSerializer.Deserialize(json, ImpJson.TypeInfo<RunRecord>())!;

    /// <summary>A record's kind, with the checkpoint kind for checkpoints: the shape of a run's log without its timestamps.</summary>
    public static string Kind(RunRecord record) => record switch
    {
        RunRecord.CheckpointRecorded c => "checkpoint:" + c.Checkpoint.Kind,
        _ => record.GetType().Name,
    };

    /// <summary>
    /// The records' kinds in order, except that the read-only calls of a batch run at the same time: within each
    /// stretch of tool-execution records, the calls' records are listed call by call (each call's own order kept).
    /// </summary>
    public static List<string> KindsInCallOrder(IEnumerable<RunRecord> records)
    {
        var kinds = new List<string>();
        var stretch = new List<(string Call, string Kind)>();
        foreach (RunRecord record in records)
        {
            if (ExecutionCall(record) is { } call)
            {
                stretch.Add((call, Kind(record)));
                continue;
            }

            kinds.AddRange(stretch.OrderBy(r => r.Call, StringComparer.Ordinal).Select(r => r.Call + " " + r.Kind));
            stretch.Clear();
            kinds.Add(Kind(record));
        }

        kinds.AddRange(stretch.OrderBy(r => r.Call, StringComparer.Ordinal).Select(r => r.Call + " " + r.Kind));
        return kinds;
    }

    private static string? ExecutionCall(RunRecord record) => record switch
    {
        RunRecord.ToolFinished finished => finished.Id,
        RunRecord.CheckpointRecorded { Checkpoint.Kind: RecoveryCheckpointKind.ToolExecutionStart or RecoveryCheckpointKind.ToolExecutionEnd } c => c.Checkpoint.ToolCallId,
        _ => null,
    };
}
