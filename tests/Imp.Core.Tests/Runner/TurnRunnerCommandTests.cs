using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>Commands while a run goes on: cancel, steer, follow-up.</summary>
public sealed class TurnRunnerCommandTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Cancel_during_a_tool_finishes_cancelled_and_runs_no_further_tool()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool secondRan = false;
        AgentTool slow = TestTools.Async("slow", ToolRisk.Mutable, async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return "never";
        });
        AgentTool after = TestTools.Returning("after", ToolRisk.Mutable, _ =>
        {
            secondRan = true;
            return "ran";
        });
        var model = new ScriptedChatClient([Say.Calls(("c0", "slow", "{}"), ("c1", "after", "{}"))]);
        (TurnRunner runner, RunRecorder recorder) = Runs.Create(model, [slow, after]);

        AgentRun run = runner.Start("go");
        await started.Task.WaitAsync(Generous);
        run.Cancel();
        RunResult result = await run.Completion.WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Cancelled());
        secondRan.ShouldBeFalse();
        recorder.Phases.TakeLast(2).ShouldBe(["0:execute_tools", "0:finish"]);
        recorder.Of<RunEvent.CommandReceived>().ShouldHaveSingleItem().ShouldBe(new RunEvent.CommandReceived(0, RunCommand.Cancel, null));
        recorder.Events[^1].ShouldBe(new RunEvent.RunFinished(new RunFinalStatus.Cancelled(), 1));
    }

    [Fact]
    public async Task Cancel_returns_at_once_the_run_ends_on_its_own_threads()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        AgentTool slow = TestTools.Async("slow", ToolRisk.ReadOnly, async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return "never";
        });
        int cancellingThread = -1;
        bool finishedInsideCancel = false;
        var runner = new TurnRunner(new ScriptedChatClient([Say.Calls(("c0", "slow", "{}"))]), new ToolRegistry([slow]), new TurnRunnerOptions
        {
            OnEvent = (e, _) =>
            {
                if (e is RunEvent.RunFinished)
                {
                    finishedInsideCancel = Volatile.Read(ref cancellingThread) == Environment.CurrentManagedThreadId;
                }

                return ValueTask.CompletedTask;
            },
        });

        AgentRun run = runner.Start("go");
        await started.Task.WaitAsync(Generous);
        Volatile.Write(ref cancellingThread, Environment.CurrentManagedThreadId);
        run.Cancel();
        run.Cancel(); // a second cancel changes nothing
        Volatile.Write(ref cancellingThread, -1);
        RunResult result = await run.Completion.WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Cancelled());
        finishedInsideCancel.ShouldBeFalse();
    }

    [Fact]
    public async Task Cancel_while_the_model_streams_finishes_cancelled_from_sample_model()
    {
        var streaming = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new ScriptedChatClient([[Say.Start(), Say.Text("thinking…"), Say.Do(async ct =>
        {
            streaming.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        })]]);
        (TurnRunner runner, RunRecorder recorder) = Runs.Create(model);

        AgentRun run = runner.Start("go");
        await streaming.Task.WaitAsync(Generous);
        run.Cancel();
        RunResult result = await run.Completion.WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Cancelled());
        recorder.Phases.TakeLast(2).ShouldBe(["0:sample_model", "0:finish"]);
    }

    [Fact]
    public async Task The_callers_token_cancels_too_and_cancellation_is_an_outcome_not_an_exception()
    {
        using var cancellation = new CancellationTokenSource();
        var model = new ScriptedChatClient([Say.Calls(("c0", "stop", "{}")), Say.Answer("unreachable")]);
        AgentTool stop = TestTools.Returning("stop", ToolRisk.ReadOnly, _ =>
        {
            cancellation.Cancel();
            return "stopping";
        });
        (TurnRunner runner, RunRecorder recorder) = Runs.Create(model, [stop]);

        RunResult result = await runner.RunAsync("go", cancellation.Token).WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Cancelled());
        model.Requests.Count.ShouldBe(1);
        recorder.Of<RunEvent.CommandReceived>().ShouldBeEmpty(); // no cancel command: the host's token did it
    }

    [Fact]
    public async Task Cancelled_runs_run_no_gates()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var gate = new RecordingCheck(VerificationGate.Command("unit", "test"), g => g.MarkPassed(VerificationGateResult.Passed(0)));
        var model = new ScriptedChatClient([Say.Answer("x")]);
        (TurnRunner runner, _) = Runs.Create(model, configure: o => o with { Checks = [gate] });

        RunResult result = await runner.RunAsync("go", cancellation.Token).WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Cancelled());
        gate.Runs.ShouldBe(0);
        model.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_steer_message_is_added_before_the_next_sampling()
    {
        var ready = new TaskCompletionSource<AgentRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new ScriptedChatClient([
            [Say.Start(), Say.Do(async _ => (await ready.Task).Steer("Use the other file.")), Say.Call("c0", "echo"), Say.Finish("tool_calls")],
            Say.Answer("ok"),
        ]);
        (TurnRunner runner, RunRecorder recorder) = Runs.Create(model, [TestTools.Echo()]);

        AgentRun run = runner.Start("go");
        ready.SetResult(run);
        RunResult result = await run.Completion.WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        model.Requests[0].Select(m => m.Text).ShouldNotContain("Use the other file.");
        ChatMessage last = model.Requests[1][^1];
        (last.Role, last.Text).ShouldBe((ChatRole.User, "Use the other file."));
        recorder.Of<RunEvent.CommandReceived>().ShouldHaveSingleItem().ShouldBe(new RunEvent.CommandReceived(1, RunCommand.Steer, "Use the other file."));
    }

    [Fact]
    public async Task A_follow_up_waits_for_the_run_to_be_done_then_starts_another_turn()
    {
        var ready = new TaskCompletionSource<AgentRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new ScriptedChatClient([
            [Say.Start(), Say.Do(async _ => (await ready.Task).FollowUp("Now update the docs.")), Say.Call("c0", "echo"), Say.Finish("tool_calls")],
            Say.Answer("Code done."),
            Say.Answer("Docs done."),
        ]);
        (TurnRunner runner, RunRecorder recorder) = Runs.Create(model, [TestTools.Echo()]);

        AgentRun run = runner.Start("go");
        ready.SetResult(run);
        RunResult result = await run.Completion.WaitAsync(Generous);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        result.Turns.ShouldBe(3u);
        recorder.Of<RunEvent.DecisionMade>().Select(d => d.Decision).ShouldBe([
            new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, DefaultLoopPolicy.InterpretToolResultsPrompt),
            new LoopDecision.Continue(ContinueReason.QueuedUserFollowUp, "Now update the docs."),
            new LoopDecision.Finish(new RunFinalStatus.Done(StopReason.WorkCompleted)),
        ]);
        (model.Requests[2][^1].Role, model.Requests[2][^1].Text).ShouldBe((ChatRole.User, "Now update the docs."));
        result.UnusedFollowUps.ShouldBeEmpty();
    }

    [Fact]
    public async Task Follow_ups_no_turn_took_are_returned_not_lost()
    {
        var ready = new TaskCompletionSource<AgentRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new ScriptedChatClient([[Say.Start(), Say.Do(async _ =>
        {
            AgentRun started = await ready.Task;
            started.FollowUp("first");
            started.FollowUp("second");
        }), Say.Throw(new AuthException("bad key"))]]);
        (TurnRunner runner, _) = Runs.Create(model);

        AgentRun run = runner.Start("go");
        ready.SetResult(run);
        RunResult result = await run.Completion.WaitAsync(Generous);

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>();
        result.UnusedFollowUps.ShouldBe(["first", "second"]);
    }

    [Fact]
    public async Task Commands_after_the_end_are_refused_and_cancel_is_harmless()
    {
        var model = new ScriptedChatClient([Say.Answer("ok")]);
        (TurnRunner runner, _) = Runs.Create(model);
        AgentRun run = runner.Start("go");
        await run.Completion.WaitAsync(Generous);

        Should.Throw<InvalidOperationException>(() => run.Steer("late")).Message.ShouldBe("The run has finished; it takes no more Steer messages.");
        Should.Throw<InvalidOperationException>(() => run.FollowUp("late")).Message.ShouldBe("The run has finished; it takes no more FollowUp messages.");
        Should.NotThrow(run.Cancel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_messages_and_prompts_are_refused(string text)
    {
        var model = new ScriptedChatClient([], () => Say.Answer("ok"));
        (TurnRunner runner, _) = Runs.Create(model);
        Should.Throw<ArgumentException>(() => runner.Start(text)).Message.ShouldStartWith("A run needs a prompt; it was empty.");

        AgentRun run = runner.Start("go");
        Should.Throw<ArgumentException>(() => run.Steer(text)).Message.ShouldStartWith("A Steer message needs text; it was empty.");
        Should.Throw<ArgumentException>(() => run.FollowUp(text)).Message.ShouldStartWith("A FollowUp message needs text; it was empty.");
    }

    [Fact]
    public async Task The_event_stream_holds_every_event_in_order_and_ends_with_the_run()
    {
        var model = new ScriptedChatClient([Say.Calls(("c0", "echo", "{}")), Say.Answer("ok")]);
        (TurnRunner runner, RunRecorder recorder) = Runs.Create(model, [TestTools.Echo()]);

        AgentRun run = runner.Start("go");
        var streamed = new System.Collections.Generic.List<RunEvent>();
        await foreach (RunEvent runEvent in run.Events.WithCancellation(new CancellationTokenSource(Generous).Token))
        {
            streamed.Add(runEvent);
        }

        RunResult result = await run.Completion;
        streamed.ShouldBe(recorder.Events);
        streamed[^1].ShouldBe(new RunEvent.RunFinished(result.Status, 2));
    }
}
