using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>The JSON Lines trace: one event per line, flushed as it happens, readable back.</summary>
public sealed class RunTraceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imp-trace-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_trace_holds_every_event_and_reads_back_equal()
    {
        string path = Path.Combine(_folder, "nested", "run.jsonl");
        var model = new ScriptedChatClient([Say.Calls(("c0", "echo", """{"q":"ü\n"}""")), Say.Answer("done")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Echo()], o => o with { TracePath = path });

        string[] lines = await File.ReadAllLinesAsync(path);
        lines.ShouldBe(recorder.Events.Select(RunTrace.ToLine));
        List<RunEvent> back = await ToListAsync(RunTrace.ReadAsync(path));
        back.Select(RunTrace.ToLine).ShouldBe(lines);
        back[^1].ShouldBe(new RunEvent.RunFinished(result.Status, 2));
    }

    [Fact]
    public async Task Lines_are_imps_wire_format()
    {
        string path = Path.Combine(_folder, "wire.jsonl");
        await Runs.RunAsync(new ScriptedChatClient([Say.Answer("ok")]), configure: o => o with { TracePath = path });

        string[] all = await File.ReadAllLinesAsync(path);
        string id = RunTrace.FromLine(all[0]).RunId;
        id.ShouldMatch("^run_[0-9a-f]{32}$");
        all.ShouldAllBe(line => line.StartsWith("{\"run_id\":\"" + id + "\",", StringComparison.Ordinal));
        string[] lines = [.. all.Select(line => "{" + line[(id.Length + 13)..])];
        lines[0].ShouldBe("""{"type":"run_started","prompt":"do the task"}""");
        lines[1].ShouldBe("""{"type":"phase_entered","turn":0,"phase":"receive_commands"}""");
        lines.ShouldContain("""{"type":"decision_made","turn":0,"decision":{"type":"finish","status":{"type":"done","reason":"no_automatic_follow_up"}}}""");
        lines[^1].ShouldBe("""{"type":"run_finished","status":{"type":"done","reason":"no_automatic_follow_up"},"turns":1}""");
    }

    [Fact]
    public async Task A_failing_run_leaves_its_whole_story_in_the_trace_and_a_second_run_appends()
    {
        string path = Path.Combine(_folder, "fail.jsonl");
        await Runs.RunAsync(new ScriptedChatClient([[Say.Start(), Say.Throw(new AuthException("bad key"))]]), configure: o => o with { TracePath = path });
        await Runs.RunAsync(new ScriptedChatClient([Say.Answer("ok")]), configure: o => o with { TracePath = path });

        List<RunEvent> events = await ToListAsync(RunTrace.ReadAsync(path));
        events.OfType<RunEvent.RunStarted>().Count().ShouldBe(2);
        events.OfType<RunEvent.ModelFailed>().ShouldHaveSingleItem().Error.ShouldBe("bad key");
        events.OfType<RunEvent.RunFinished>().Select(f => f.Status.GetType().Name).ShouldBe(["Failed", "Done"]);
    }

    [Fact]
    public async Task A_trace_that_cannot_be_opened_fails_the_run_with_the_reason()
    {
        Directory.CreateDirectory(_folder);
        string path = _folder; // a folder, not a file
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(new ScriptedChatClient([Say.Answer("ok")]), configure: o => o with { TracePath = path });

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldStartWith("The run failed: ");
        recorder.Events.ShouldHaveSingleItem().ShouldBeOfType<RunEvent.RunFinished>();
    }

    [Fact]
    public async Task A_line_that_is_not_an_event_is_reported_with_file_and_line_number()
    {
        Directory.CreateDirectory(_folder);
        string path = Path.Combine(_folder, "bad.jsonl");
        await File.WriteAllLinesAsync(path, ["""{"type":"run_started","prompt":"x"}""", "", """{"type":"teleported","turn":0}"""]);

        InvalidDataException error = await Should.ThrowAsync<InvalidDataException>(() => ToListAsync(RunTrace.ReadAsync(path)));
        error.Message.ShouldStartWith($"Line 3 of the trace {path} is not a run event: ");
        error.Message.ShouldContain("teleported");
        error.InnerException.ShouldBeOfType<JsonException>();
    }

    [Fact]
    public void Every_event_kind_round_trips_through_a_line()
    {
        RunEvent[] all =
        [
            new RunEvent.RunStarted("p"),
            new RunEvent.RunResumed(2) { RunId = "run_1" },
            new RunEvent.PhaseEntered(3, TurnPhase.ExecuteTools),
            new RunEvent.CommandReceived(1, RunCommand.Steer, "left"),
            new RunEvent.CommandReceived(1, RunCommand.Cancel, null),
            new RunEvent.ModelRetry(0, 2, 4000, "overloaded"),
            new RunEvent.AssistantMessage(0, "hi", 2),
            new RunEvent.ModelFailed(0, "bad key"),
            new RunEvent.ToolStarted(0, 1, "c1", "read", ToolRisk.ReadOnly),
            new RunEvent.ToolFinished(0, 1, "c1", "read", ToolOutcome.TimedOut, 120000, "abandoned"),
            new RunEvent.CheckpointRecorded(new RecoveryCheckpoint(1, 0, RecoveryCheckpointKind.ToolExecutionEnd, "c1", "read", "ab", false, "timeout", 9)) { RunId = "run_1" },
            new RunEvent.DecisionMade(0, new LoopDecision.Continue(ContinueReason.ExecutionDebt, "go on")),
            new RunEvent.GateChecked("unit", "Unit", VerificationGateRequirement.Advisory, VerificationGateStatus.Skipped, null),
            new RunEvent.RunFinished(new RunFinalStatus.DoneWithConcerns(StopReason.WorkCompleted, ["a"]), 4),
        ];
        RunEvent.GetNames().Length.ShouldBe(all.Select(e => e.AsStr()).Distinct().Count());
        foreach (RunEvent runEvent in all)
        {
            string line = RunTrace.ToLine(runEvent);
            RunTrace.ToLine(RunTrace.FromLine(line)).ShouldBe(line);
            RunTrace.FromLine(line).ShouldBeOfType(runEvent.GetType());
            RunTrace.FromLine(line).RunId.ShouldBe(runEvent.RunId);
        }
    }

    [Fact]
    public void Reading_needs_a_path_and_a_line_that_is_not_null()
    {
        Should.Throw<ArgumentException>(() => RunTrace.ReadAsync(""));
        Should.Throw<JsonException>(() => RunTrace.FromLine("null")).Message.ShouldBe("A trace line holds null where an event was expected.");
    }

    private static async Task<List<RunEvent>> ToListAsync(IAsyncEnumerable<RunEvent> events)
    {
        var list = new List<RunEvent>();
        await foreach (RunEvent runEvent in events)
        {
            list.Add(runEvent);
        }

        return list;
    }
}
