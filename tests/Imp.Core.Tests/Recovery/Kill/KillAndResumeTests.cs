using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Imp.Demo.Durable;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Recovery.Kill;

/// <summary>
/// Proof by killing: the demo's durable scenario runs in a child process that is killed with SIGKILL right after a
/// checkpoint of each kind is stored; the run is then resumed here, and must end as an uninterrupted run does, with the
/// mutable tool run at most once (its own side-effect log says so) and every record written before the kill kept.
/// </summary>
[Trait("Category", "KillResume")]
public sealed class KillAndResumeTests : IDisposable
{
    private static readonly string DemoDll = Path.Combine(AppContext.BaseDirectory, "Imp.Demo.dll");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "imp-kill-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>The scenario's checkpoints: turn 0 reads (two read-only calls), turn 1 writes (one mutable call), turn 2 answers.</summary>
    public static TheoryData<string, int> Matrix() => new()
    {
        { "provider_request_start", 1 },            // turn 0, before the model answers
        { "provider_request_start", 3 },            // turn 2
        { "assistant_tool_call_observed", 1 },      // turn 0, mid-stream
        { "assistant_tool_call_observed", 3 },      // turn 1, the mutable call seen
        { "provider_request_completed", 1 },
        { "provider_request_completed", 3 },
        { "assistant_message_finalized", 1 },
        { "assistant_message_finalized", 3 },
        { "tool_plan_created", 1 },                 // a read-only call planned
        { "tool_plan_created", 3 },                 // the mutable call planned, not started
        { "tool_execution_start", 1 },              // a read-only call started: run again
        { "tool_execution_start", 3 },              // the mutable call started, end unknown: blocked for review
        { "tool_execution_end", 1 },
        { "tool_execution_end", 3 },                // the mutable call ended, result not in the conversation yet
        { "tool_result_added_to_context", 1 },
        { "tool_result_added_to_context", 3 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_run_killed_at_a_checkpoint_resumes_to_the_same_end_without_repeating_a_side_effect(string kind, int occurrence)
    {
        (RunResult baseline, int baselineEffects) = await UninterruptedAsync();
        string folder = Path.Combine(_root, $"{kind}-{occurrence}");
        const string RunId = "run_killed";

        int exit = await RunChildAsync(folder, RunId, kind, occurrence);
        exit.ShouldBe(137, "the child is killed with SIGKILL (128 + 9)");

        var scenario = new DurableScenario(folder);
        string file = scenario.Store.PathOf(RunId);
        byte[] beforeResume = await File.ReadAllBytesAsync(file);
        List<RunRecord> stored = await ReadAsync(scenario.Store, RunId);
        stored.OfType<RunRecord.CheckpointRecorded>().Last().Checkpoint.Kind.AsStr().ShouldBe(kind, "the checkpoint the child died at is on disk");
        stored.OfType<RunRecord.RunFinished>().ShouldBeEmpty();

        RunResult resumed = await scenario.Runner().ResumeAsync(RunId).WaitAsync(TimeSpan.FromSeconds(60));

        byte[] afterResume = await File.ReadAllBytesAsync(file);
        afterResume.AsSpan(0, beforeResume.Length).SequenceEqual(beforeResume).ShouldBeTrue("no record is lost or rewritten");
        (await ReadAsync(scenario.Store, RunId)).OfType<RunRecord.RunFinished>().ShouldHaveSingleItem().Status.ShouldBe(resumed.Status);
        int effects = SideEffects(scenario);
        effects.ShouldBeLessThanOrEqualTo(1, "the mutable tool runs at most once");
        if (kind == "tool_execution_start" && occurrence == 3)
        {
            // imp-core's rule: a mutable call that started and whose end is unknown is never run again blindly.
            resumed.Status.ShouldBe(new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, "recovery requires user review: 1 incomplete non-retryable tool side effect(s)"));
            effects.ShouldBe(0);
            return;
        }

        resumed.Status.ShouldBe(baseline.Status);
        effects.ShouldBe(baselineEffects);
        resumed.Turns.ShouldBe(baseline.Turns);
        resumed.Messages.Select(m => (m.Role.Value, m.Text)).ShouldBe(baseline.Messages.Select(m => (m.Role.Value, m.Text)));
    }

    [Fact]
    public async Task Resuming_a_finished_run_runs_nothing_and_returns_its_status()
    {
        var scenario = new DurableScenario(Path.Combine(_root, "finished"));
        RunResult first = await scenario.Runner().RunAsync(DurableScenario.Prompt, "run_done");
        RunResult again = await scenario.Runner().ResumeAsync("run_done");

        again.Status.ShouldBe(first.Status);
        again.Turns.ShouldBe(first.Turns);
        again.RunId.ShouldBe("run_done");
        SideEffects(scenario).ShouldBe(1);
    }

    [Fact]
    public async Task Resuming_an_unknown_run_or_without_a_store_is_refused_by_name()
    {
        var scenario = new DurableScenario(Path.Combine(_root, "unknown"));
        (await Should.ThrowAsync<InvalidOperationException>(() => scenario.Runner().ResumeAsync("run_nope"))).Message.ShouldContain("no run 'run_nope'");
        var storeless = new TurnRunner(new Runner.Support.ScriptedChatClient([]), new ToolRegistry());
        (await Should.ThrowAsync<InvalidOperationException>(() => storeless.ResumeAsync("run_x"))).Message.ShouldContain("TurnRunnerOptions.RunStore");
    }

    private async Task<(RunResult Result, int Effects)> UninterruptedAsync()
    {
        var scenario = new DurableScenario(Path.Combine(_root, "baseline"));
        RunResult result = await scenario.Runner().RunAsync(DurableScenario.Prompt, "run_" + Guid.NewGuid().ToString("N"));
        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        return (result, SideEffects(scenario));
    }

    private static int SideEffects(DurableScenario scenario) => File.Exists(scenario.SideEffectLog) ? File.ReadAllLines(scenario.SideEffectLog).Length : 0;

    private static async Task<List<RunRecord>> ReadAsync(FileRunStore store, string runId)
    {
        var records = new List<RunRecord>();
        await foreach (RunRecord record in store.ReadAsync(runId))
        {
            records.Add(record);
        }

        return records;
    }

    private static async Task<int> RunChildAsync(string folder, string runId, string kind, int occurrence)
    {
        var start = new ProcessStartInfo(Closeout.TestProcess.Dotnet) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { DemoDll, "--durable-child", folder, runId, kind, occurrence.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using Process child = Process.Start(start)!;
        Task<string> output = child.StandardOutput.ReadToEndAsync();
        Task<string> errors = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync().WaitAsync(Closeout.TestProcess.Generous);
        (await errors).ShouldBeEmpty();
        (await output).ShouldNotContain("no crash");
        return child.ExitCode;
    }
}
