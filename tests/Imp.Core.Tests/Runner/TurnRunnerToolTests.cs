using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>How the runner plans and runs the model's tool calls, and what it tells the model about them.</summary>
public sealed class TurnRunnerToolTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Read_only_calls_run_together_then_the_others_one_by_one_in_index_order_and_results_keep_index_order()
    {
        var log = new ConcurrentQueue<string>();
        int readersStarted = 0;
        var allReadersStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finishOrder = new ConcurrentQueue<int>();

        // Each reader waits until all three have started (impossible one by one), then they finish in reverse order.
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        AgentTool Reader(int n) => TestTools.Async($"read{n}", ToolRisk.ReadOnly, async (_, ct) =>
        {
            log.Enqueue($"start read{n}");
            if (Interlocked.Increment(ref readersStarted) == 3)
            {
                allReadersStarted.SetResult();
            }

            await allReadersStarted.Task.WaitAsync(Generous, ct);
            if (n < 2)
            {
                await gates[n + 1].Task.WaitAsync(Generous, ct);
            }

            log.Enqueue($"end read{n}");
            finishOrder.Enqueue(n);
            gates[n].SetResult();
            return $"content {n}";
        });
        AgentTool Writer(string name) => TestTools.Async(name, ToolRisk.Mutable, async (_, ct) =>
        {
            log.Enqueue($"start {name}");
            await Task.Yield();
            log.Enqueue($"end {name}");
            return $"{name} ok";
        });

        // Index order: write_b (0), read0 (1), read1 (2), shell (3, external), read2 (4), write_a (5).
        var model = new ScriptedChatClient([
            Say.Calls(("w_b", "write_b", "{}"), ("r0", "read0", "{}"), ("r1", "read1", "{}"), ("sh", "shell", "{}"), ("r2", "read2", "{}"), ("w_a", "write_a", "{}")),
            Say.Answer("done"),
        ]);
        AgentTool shell = TestTools.Async("shell", ToolRisk.ExternalSideEffect, (_, _) =>
        {
            log.Enqueue("start shell");
            log.Enqueue("end shell");
            return Task.FromResult("shell ok");
        });
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [Reader(0), Reader(1), Reader(2), Writer("write_a"), Writer("write_b"), shell]);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        finishOrder.ShouldBe([2, 1, 0]);
        string[] entries = [.. log];
        entries.Take(3).Order().ShouldBe(["start read0", "start read1", "start read2"]);
        entries.Skip(6).ShouldBe(["start write_b", "end write_b", "start shell", "end shell", "start write_a", "end write_a"]);

        FunctionResultContent[] results = [.. model.Requests[1].Single(m => m.Role == ChatRole.Tool).Contents.OfType<FunctionResultContent>()];
        results.Select(r => (r.CallId, r.Result)).ShouldBe([
            ("w_b", (object?)"write_b ok"), ("r0", "content 0"), ("r1", "content 1"), ("sh", "shell ok"), ("r2", "content 2"), ("w_a", "write_a ok"),
        ]);
        recorder.Of<RunEvent.ToolFinished>().Select(f => f.Outcome).Distinct().ShouldBe([ToolOutcome.Succeeded]);
        recorder.Of<RunEvent.ToolStarted>().Select(s => (s.Name, s.Risk)).Order().ShouldBe(new[]
        {
            ("read0", ToolRisk.ReadOnly), ("read1", ToolRisk.ReadOnly), ("read2", ToolRisk.ReadOnly), ("shell", ToolRisk.ExternalSideEffect),
            ("write_a", ToolRisk.Mutable), ("write_b", ToolRisk.Mutable),
        }.Order());
    }

    [Fact]
    public async Task A_tool_that_throws_is_a_failed_observation_and_the_other_calls_still_run()
    {
        var model = new ScriptedChatClient([Say.Calls(("c0", "boom", "{}"), ("c1", "echo", """{"x":1}""")), Say.Answer("noted")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Throwing("boom", "disk on fire"), TestTools.Echo()]);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        RunEvent.ToolFinished[] finished = [.. recorder.Of<RunEvent.ToolFinished>().OrderBy(f => f.Index)];
        finished.Select(f => (f.Name, f.Outcome, f.Output)).ShouldBe([
            ("boom", ToolOutcome.Failed, "Tool 'boom' failed: disk on fire"),
            ("echo", ToolOutcome.Succeeded, """{"x":1}"""),
        ]);
        ToolResults(model, 1).ShouldBe(["Tool 'boom' failed: disk on fire", """{"x":1}"""]);

        // The failed result carries its failure, so providers mark it as an error (Anthropic's is_error); the other does not.
        FunctionResultContent[] results = [.. model.Requests[1].Last(m => m.Role == ChatRole.Tool).Contents.OfType<FunctionResultContent>()];
        results[0].Exception.ShouldNotBeNull().Message.ShouldBe("Tool 'boom' failed: disk on fire");
        results[1].Exception.ShouldBeNull();
    }

    [Fact]
    public async Task A_tool_that_hangs_past_its_timeout_is_abandoned_as_timed_out()
    {
        var neverEnds = new TaskCompletionSource<string>();
        AgentTool hang = TestTools.Async("hang", ToolRisk.Mutable, (_, _) => neverEnds.Task, timeout: TimeSpan.FromMilliseconds(50));
        var model = new ScriptedChatClient([Say.Calls(("c0", "hang", "{}"), ("c1", "echo", "{}")), Say.Answer("ok")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [hang, TestTools.Echo("echo", ToolRisk.Mutable)]);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        ToolResults(model, 1).ShouldBe(["Tool 'hang' did not finish within 0.05 s and was abandoned.", "{}"]);
        recorder.Of<RunEvent.ToolFinished>().First().Outcome.ShouldBe(ToolOutcome.TimedOut);
    }

    [Fact]
    public async Task The_runners_default_tool_timeout_applies_to_tools_without_their_own()
    {
        var observedCancellation = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        AgentTool slow = TestTools.Async("slow", ToolRisk.ReadOnly, async (_, ct) =>
        {
            using CancellationTokenRegistration registration = ct.Register(observedCancellation.SetResult);
            await Task.Delay(Timeout.Infinite, ct);
            return "never";
        });
        var model = new ScriptedChatClient([Say.Calls(("c0", "slow", "{}")), Say.Answer("ok")]);
        (_, RunRecorder recorder) = await Runs.RunAsync(model, [slow], o => o with { DefaultToolTimeout = TimeSpan.FromMilliseconds(40) });

        recorder.Of<RunEvent.ToolFinished>().Single().Outcome.ShouldBe(ToolOutcome.TimedOut);
        await observedCancellation.Task.WaitAsync(Generous); // the abandoned call was told to stop
    }

    [Fact]
    public async Task An_unknown_tool_is_reported_to_the_model_and_nothing_runs()
    {
        var model = new ScriptedChatClient([Say.Calls(("c0", "delete_everything", "{}")), Say.Answer("sorry")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Echo("read"), TestTools.Echo("grep")]);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        ToolResults(model, 1).ShouldBe(["There is no tool named 'delete_everything'. Available tools: read, grep."]);
        RunEvent.ToolFinished finished = recorder.Of<RunEvent.ToolFinished>().Single();
        (finished.Outcome, finished.DurationMs).ShouldBe((ToolOutcome.UnknownTool, 0L));
        recorder.Of<RunEvent.ToolStarted>().Single().Risk.ShouldBe(ToolRisk.ExternalSideEffect);
    }

    [Fact]
    public async Task Malformed_arguments_are_reported_to_the_model_and_the_tool_does_not_run()
    {
        int runs = 0;
        AgentTool counted = TestTools.Returning("edit", ToolRisk.Mutable, _ => $"{++runs}");
        var model = new ScriptedChatClient([Say.Calls(("c0", "edit", """{"path": "a.rs", """), ("c1", "edit", "[1,2]")), Say.Answer("retrying")]);
        (_, RunRecorder recorder) = await Runs.RunAsync(model, [counted]);

        runs.ShouldBe(0);
        string[] results = ToolResults(model, 1);
        results[0].ShouldStartWith("Tool 'edit' was not run: its arguments could not be read as a JSON object (");
        results[1].ShouldStartWith("Tool 'edit' was not run: its arguments could not be read as a JSON object (");
        recorder.Of<RunEvent.ToolFinished>().Select(f => f.Outcome).ShouldBe([ToolOutcome.InvalidArguments, ToolOutcome.InvalidArguments]);
    }

    [Fact]
    public async Task Tools_receive_the_models_arguments_as_a_json_object()
    {
        string? seen = null;
        AgentTool capture = TestTools.Returning("read", ToolRisk.ReadOnly, args =>
        {
            seen = args.GetProperty("path").GetString() + "|" + args.GetProperty("lines").GetInt32();
            return "ok";
        });
        var model = new ScriptedChatClient([Say.Calls(("c0", "read", """{"path":"src/ä.rs","lines":20}""")), Say.Answer("ok")]);
        await Runs.RunAsync(model, [capture]);

        seen.ShouldBe("src/ä.rs|20");
    }

    [Fact]
    public async Task The_turn_state_counts_planned_and_completed_calls()
    {
        var model = new ScriptedChatClient([Say.Calls(("a", "echo", "{}"), ("b", "echo", "{}")), Say.Answer("ok")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Echo()]);

        recorder.Of<RunEvent.ToolStarted>().Count().ShouldBe(2);
        recorder.Of<RunEvent.AssistantMessage>().First().ToolCalls.ShouldBe(2);
        result.Messages.Count(m => m.Role == ChatRole.Tool).ShouldBe(1);
    }

    private static string[] ToolResults(ScriptedChatClient model, int request) =>
        [.. model.Requests[request].Last(m => m.Role == ChatRole.Tool).Contents.OfType<FunctionResultContent>().Select(r => (string)r.Result!)];
}
