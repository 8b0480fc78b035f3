using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Recovery;

/// <summary>The default run store: one append-only file per run, torn tails dropped, concurrent runs intact.</summary>
public sealed class FileRunStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imp-store-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<List<RunRecord>> ReadAsync(FileRunStore store, string runId)
    {
        var records = new List<RunRecord>();
        await foreach (RunRecord record in store.ReadAsync(runId))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task A_run_keeps_its_conversation_turns_and_checkpoints_in_order()
    {
        var store = new FileRunStore(_folder);
        (RunResult result, _) = await Runs.RunAsync(
            new ScriptedChatClient([Say.Calls(("c0", "echo", "{}"), ("c1", "echo", """{"a":1}""")), Say.Answer("done")]), [TestTools.Echo()], o => o with { RunStore = store });

        List<RunRecord> records = await ReadAsync(store, result.RunId);
        records[0].ShouldBe(new RunRecord.RunStarted(result.RunId, "do the task"));
        records[^1].ShouldBe(new RunRecord.RunFinished(result.RunId, result.Status, 2));
        records.OfType<RunRecord.MessageAdded>().Count().ShouldBe(result.Messages.Count);
        records.OfType<RunRecord.TurnEnded>().Select(t => t.Turn).ShouldBe([0u, 1u]);
        string[] kinds = [.. records.OfType<RunRecord.CheckpointRecorded>().Where(c => c.Checkpoint.Turn == 0).Select(c => c.Checkpoint.Kind.AsStr() + (c.Checkpoint.ToolCallId is { } id ? ":" + id : ""))];
        kinds.Take(5).ShouldBe(["provider_request_start", "assistant_tool_call_observed:c0", "assistant_tool_call_observed:c1", "provider_request_completed", "assistant_message_finalized"]);
        kinds.Skip(5).Take(2).ShouldBe(["tool_plan_created:c0", "tool_plan_created:c1"]);
        kinds[^2..].ShouldBe(["tool_result_added_to_context:c0", "tool_result_added_to_context:c1"]);
        kinds.Count(k => k.StartsWith("tool_execution_start", StringComparison.Ordinal)).ShouldBe(2);
        kinds.Count(k => k.StartsWith("tool_execution_end", StringComparison.Ordinal)).ShouldBe(2);
        records.OfType<RunRecord.CheckpointRecorded>().ShouldAllBe(c => c.RunId == result.RunId && c.Checkpoint.Version == 1);
    }

    [Fact]
    public async Task Tool_end_checkpoints_carry_imp_cores_error_classes_and_a_plan_says_what_is_retry_safe()
    {
        var store = new FileRunStore(_folder);
        (RunResult result, _) = await Runs.RunAsync(
            new ScriptedChatClient([Say.Calls(("ok", "echo", "{}"), ("bad", "boom", "{}"), ("none", "nope", "{}"), ("args", "echo", "[1]"), ("w", "write", "{}")), Say.Answer("x")]),
            [TestTools.Echo(), TestTools.Throwing("boom", "kaput"), TestTools.Echo("write", ToolRisk.Mutable)],
            o => o with { RunStore = store });

        RecoveryCheckpoint[] checkpoints = [.. (await ReadAsync(store, result.RunId)).OfType<RunRecord.CheckpointRecorded>().Select(c => c.Checkpoint)];
        Dictionary<string, RecoveryCheckpoint> ends = checkpoints.Where(c => c.Kind == RecoveryCheckpointKind.ToolExecutionEnd).ToDictionary(c => c.ToolCallId!);
        (ends["ok"].Success, ends["ok"].ErrorClass).ShouldBe((true, null));
        (ends["bad"].Success, ends["bad"].ErrorClass).ShouldBe((false, "tool_error"));
        (ends["none"].Success, ends["none"].ErrorClass).ShouldBe((false, "tool_error"));
        (ends["args"].Success, ends["args"].ErrorClass).ShouldBe((false, "validation_error"));
        Dictionary<string, RecoveryCheckpoint> plans = checkpoints.Where(c => c.Kind == RecoveryCheckpointKind.ToolPlanCreated).ToDictionary(c => c.ToolCallId!);
        plans["ok"].Success.ShouldBe(true);
        plans["w"].Success.ShouldBe(false);
        plans["ok"].ArgsHash.ShouldBe(ends["ok"].ArgsHash);
        new RecoveryLedger(checkpoints).ReconcileLatestFinishedTurn().ShouldNotBeNull().IsSafeToContinue.ShouldBeTrue();
    }

    [Fact]
    public async Task A_torn_last_line_is_dropped_on_reading_and_cut_off_before_appending()
    {
        var store = new FileRunStore(_folder);
        using (IRunLog log = store.Open("run_t"))
        {
            log.Append(new RunRecord.RunStarted("run_t", "p"), durable: true);
        }

        await File.AppendAllTextAsync(store.PathOf("run_t"), """{"type":"run_finished","run_id":"run_t","sta""");
        (await ReadAsync(store, "run_t")).ShouldBe([new RunRecord.RunStarted("run_t", "p")]);

        using (IRunLog log = store.Open("run_t"))
        {
            log.Append(new RunRecord.RunFinished("run_t", new RunFinalStatus.Cancelled(), 1), durable: false);
        }

        (await ReadAsync(store, "run_t")).ShouldBe([new RunRecord.RunStarted("run_t", "p"), new RunRecord.RunFinished("run_t", new RunFinalStatus.Cancelled(), 1)]);
        (await File.ReadAllTextAsync(store.PathOf("run_t"))).Split('\n').Length.ShouldBe(3, "two whole lines, no torn remains");
    }

    [Fact]
    public async Task A_damaged_line_before_the_last_is_an_error_naming_the_file_and_line_and_a_missing_run_is_empty()
    {
        var store = new FileRunStore(_folder);
        await File.WriteAllTextAsync(store.PathOf("run_d"), "{\"type\":\"run_started\",\"run_id\":\"run_d\",\"prompt\":\"p\"}\nnot json\n{}\n");

        InvalidDataException error = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync(store, "run_d"));
        error.Message.ShouldStartWith($"Line 2 of the run file {store.PathOf("run_d")} is not a run record: ");
        (await ReadAsync(store, "run_none")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    [InlineData("a b")]
    public void A_run_id_that_cannot_name_a_file_is_refused(string runId)
    {
        Should.Throw<ArgumentException>(() => new FileRunStore(_folder).PathOf(runId));
    }

    [Fact]
    public async Task Hundreds_of_concurrent_runs_on_one_runner_keep_every_record_and_trace_line_intact()
    {
        const int RunCount = 300;
        var store = new FileRunStore(Path.Combine(_folder, "runs"), flushToDisk: false);
        string trace = Path.Combine(_folder, "shared.jsonl");
        var model = new ScriptedChatClient([], afterScripts: () => Say.Answer("a fairly long answer to make lines longer than a few bytes"));
        var runner = new TurnRunner(model, new ToolRegistry([TestTools.Echo()]), new TurnRunnerOptions { Retry = Runs.Immediate, RunStore = store, TracePath = trace });

        RunResult[] results = await Task.WhenAll(Enumerable.Range(0, RunCount).Select(_ => Task.Run(() => runner.Start("do the task").Completion))).WaitAsync(TimeSpan.FromMinutes(2));

        results.Select(r => r.RunId).Distinct().Count().ShouldBe(RunCount);
        foreach (RunResult result in results)
        {
            List<RunRecord> records = await ReadAsync(store, result.RunId);
            records[0].ShouldBe(new RunRecord.RunStarted(result.RunId, "do the task"));
            records[^1].ShouldBe(new RunRecord.RunFinished(result.RunId, result.Status, 1));
            records.Count.ShouldBe(8, "started, the user and model messages, 3 checkpoints (request start, completed, message finalized), turn end, finished");
        }

        string[] lines = await File.ReadAllLinesAsync(trace, Encoding.UTF8);
        RunEvent[] events = [.. lines.Select(RunTrace.FromLine)];
        events.GroupBy(e => e.RunId).Count().ShouldBe(RunCount);
        events.GroupBy(e => e.RunId).ShouldAllBe(g => g.First() is RunEvent.RunStarted && g.Last() is RunEvent.RunFinished && g.Count() == lines.Length / RunCount);
    }
}
