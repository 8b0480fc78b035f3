using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>The paths a run takes through the turn phases, and the loop's default decisions.</summary>
public sealed class TurnRunnerPathTests
{
    [Fact]
    public async Task A_turn_without_tools_finishes_done_through_the_short_path()
    {
        var model = new ScriptedChatClient([Say.Answer("All ", "done.")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        result.Turns.ShouldBe(1u);
        recorder.Phases.ShouldBe([
            "0:receive_commands", "0:pre_turn", "0:build_context", "0:sample_model", "0:finalize_assistant_message",
            "0:assess_turn", "0:decide_next", "0:finish",
        ]);
        recorder.Of<RunEvent.AssistantMessage>().ShouldHaveSingleItem().ShouldBe(new RunEvent.AssistantMessage(0, "All done.", 0));
        result.Messages.Select(m => (m.Role, m.Text)).ShouldBe([(ChatRole.User, "do the task"), (ChatRole.Assistant, "All done.")]);
    }

    [Fact]
    public async Task A_tool_turn_continues_to_interpret_the_results_then_finishes()
    {
        var model = new ScriptedChatClient([Say.Calls(("c1", "echo", """{"path":"a.rs"}""")), Say.Answer("Read it.")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Echo()]);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        result.Turns.ShouldBe(2u);
        recorder.Phases.ShouldBe([
            "0:receive_commands", "0:pre_turn", "0:build_context", "0:sample_model", "0:finalize_assistant_message",
            "0:plan_tools", "0:execute_tools", "0:record_observations", "0:assess_turn", "0:decide_next",
            "1:receive_commands", "1:pre_turn", "1:build_context", "1:sample_model", "1:finalize_assistant_message",
            "1:assess_turn", "1:decide_next", "1:finish",
        ]);
        recorder.Of<RunEvent.DecisionMade>().Select(d => d.Decision).ShouldBe([
            new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, DefaultLoopPolicy.InterpretToolResultsPrompt),
            new LoopDecision.Finish(new RunFinalStatus.Done(StopReason.WorkCompleted)),
        ]);

        // The second request carries the call and its result, and no extra user message.
        ChatMessage[] second = model.Requests[1];
        second.Select(m => m.Role).ShouldBe([ChatRole.User, ChatRole.Assistant, ChatRole.Tool]);
        FunctionCallContent call = second[1].Contents.OfType<FunctionCallContent>().ShouldHaveSingleItem();
        (call.CallId, call.Name, call.Arguments!["path"]!.ToString()).ShouldBe(("c1", "echo", "a.rs"));
        FunctionResultContent toolResult = second[2].Contents.OfType<FunctionResultContent>().ShouldHaveSingleItem();
        (toolResult.CallId, toolResult.Result).ShouldBe(("c1", """{"path":"a.rs"}"""));
    }

    [Fact]
    public async Task The_registry_tools_are_declared_to_the_model_with_the_hosts_chat_options()
    {
        var model = new ScriptedChatClient([Say.Answer("ok")]);
        await Runs.RunAsync(model, [TestTools.Echo("read"), TestTools.Echo("write", ToolRisk.Mutable)], o => o with { ChatOptions = new ChatOptions { ModelId = "m-1", Temperature = 0.5f } });

        ChatOptions sent = model.Options.ShouldHaveSingleItem().ShouldNotBeNull();
        sent.ModelId.ShouldBe("m-1");
        sent.Temperature.ShouldBe(0.5f);
        sent.Tools.ShouldNotBeNull().Select(t => t.Name).ShouldBe(["read", "write"]);
    }

    [Fact]
    public async Task The_system_prompt_comes_first()
    {
        var model = new ScriptedChatClient([Say.Answer("ok")]);
        await Runs.RunAsync(model, configure: o => o with { SystemPrompt = "You are careful." });

        model.Requests[0].Select(m => (m.Role, m.Text)).ShouldBe([(ChatRole.System, "You are careful."), (ChatRole.User, "do the task")]);
    }

    [Fact]
    public async Task A_transient_failure_before_any_content_is_retried_without_duplicating_text()
    {
        var model = new ScriptedChatClient([
            [Say.Start(), Say.Throw(new HttpRequestException("connection reset", null, System.Net.HttpStatusCode.ServiceUnavailable))],
            [Say.Start(), Say.Error("Overloaded", "overloaded_error")],
            Say.Answer("Hello", " world"),
        ]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model);

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        model.Requests.Count.ShouldBe(3);
        recorder.Of<RunEvent.ModelRetry>().Select(r => (r.Turn, r.Attempt, r.DelayMs)).ShouldBe([(0u, 0, 0L), (0u, 1, 0L)]);
        recorder.Of<RunEvent.ModelRetry>().First().Error.ShouldBe("connection reset");
        recorder.Of<RunEvent.AssistantMessage>().ShouldHaveSingleItem().Text.ShouldBe("Hello world");
    }

    [Fact]
    public async Task A_model_that_fails_for_good_goes_to_record_observations_and_fails_the_run()
    {
        var model = new ScriptedChatClient([[Say.Start(), Say.Throw(new AuthException("bad key"))]]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model);

        result.Status.ShouldBe(new RunFinalStatus.Failed("The model could not be sampled: bad key"));
        model.Requests.Count.ShouldBe(1);
        recorder.Phases.ShouldBe([
            "0:receive_commands", "0:pre_turn", "0:build_context", "0:sample_model", "0:record_observations",
            "0:assess_turn", "0:decide_next", "0:finish",
        ]);
        recorder.Of<RunEvent.ModelFailed>().ShouldHaveSingleItem().ShouldBe(new RunEvent.ModelFailed(0, "bad key"));
    }

    [Fact]
    public async Task Retries_that_run_out_fail_the_run_with_the_last_error()
    {
        var model = new ScriptedChatClient([], () => [Say.Throw(new ProviderException("busy", (System.Net.HttpStatusCode)529))]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, configure: o => o with { Retry = new RetryOptions { Policy = new RetryPolicy { MaxRetries = 2, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero } } });

        model.Requests.Count.ShouldBe(3);
        recorder.Of<RunEvent.ModelRetry>().Count().ShouldBe(2);
        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("busy");
    }

    [Fact]
    public async Task An_in_band_error_after_content_fails_the_turn_and_is_not_retried()
    {
        var model = new ScriptedChatClient([[Say.Start(), Say.Text("partial"), Say.Error("Overloaded", "overloaded_error")]]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model);

        model.Requests.Count.ShouldBe(1);
        recorder.Of<RunEvent.ModelFailed>().ShouldHaveSingleItem().Error.ShouldBe("Overloaded (overloaded_error)");
        result.Status.ShouldBe(new RunFinalStatus.Failed("The model could not be sampled: Overloaded (overloaded_error)"));
    }

    [Fact]
    public async Task A_continue_past_the_turn_limit_finishes_blocked()
    {
        int n = 0;
        var model = new ScriptedChatClient([], () => Say.Calls(($"c{n}", "echo", $$"""{"n":{{n++}}}""")));
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Echo()], o => o with { MaxTurns = 4 });

        result.Turns.ShouldBe(4u);
        model.Requests.Count.ShouldBe(4);
        result.Status.ShouldBe(new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, "The run reached its limit of 4 turns."));
    }

    [Fact]
    public async Task The_same_tool_calls_in_three_turns_in_a_row_finish_as_repeated_action()
    {
        var model = new ScriptedChatClient([], () => Say.Calls(("c", "echo", """{"path":"same"}""")));
        (RunResult result, _) = await Runs.RunAsync(model, [TestTools.Echo()]);

        result.Turns.ShouldBe(3u);
        RunFinalStatus.Blocked blocked = result.Status.ShouldBeOfType<RunFinalStatus.Blocked>();
        blocked.Reason.ShouldBe(StopReason.RepeatedAction);
        blocked.Message.ShouldBe("repeated_action"); // imp-core's message: RunFinalStatus::from_stop_reason
    }

    [Fact]
    public async Task Changed_arguments_are_not_a_repetition_and_the_limit_is_configurable()
    {
        string[] arguments = ["""{"p":1}""", """{"p":1}""", """{"p":2}""", """{"p":2}"""];
        var model = new ScriptedChatClient([.. arguments.Select((a, i) => Say.Calls(($"c{i}", "echo", a))), Say.Answer("done")]);
        (RunResult result, _) = await Runs.RunAsync(model, [TestTools.Echo()]);
        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));

        var strict = new ScriptedChatClient([.. arguments.Select((a, i) => Say.Calls(($"c{i}", "echo", a))), Say.Answer("done")]);
        (RunResult stopped, _) = await Runs.RunAsync(strict, [TestTools.Echo()], o => o with { RepeatedActionLimit = 2 });
        stopped.Turns.ShouldBe(2u);
        stopped.Status.ShouldBeOfType<RunFinalStatus.Blocked>().Reason.ShouldBe(StopReason.RepeatedAction);
    }

    [Fact]
    public async Task A_custom_policy_decides_and_its_prompt_becomes_the_next_user_message()
    {
        var policy = new ScriptedPolicy(
            new LoopDecision.Continue(ContinueReason.ExecutionDebt, "Now write the tests."),
            new LoopDecision.Finish(new RunFinalStatus.NeedsUserInput("Which framework?")));
        var model = new ScriptedChatClient([Say.Answer("Plan."), Say.Answer("Tests?")]);
        (RunResult result, _) = await Runs.RunAsync(model, configure: o => o with { LoopPolicy = policy });

        result.Status.ShouldBe(new RunFinalStatus.NeedsUserInput("Which framework?"));
        model.Requests[1].Last().ShouldSatisfyAllConditions(m => m.Role.ShouldBe(ChatRole.User), m => m.Text.ShouldBe("Now write the tests."));
        policy.Seen.Select(o => (o.Turn, o.AssistantText)).ShouldBe([(0u, "Plan."), (1u, "Tests?")]);
    }

    [Fact]
    public async Task Every_phase_change_of_every_run_is_one_the_table_allows()
    {
        var model = new ScriptedChatClient([
            Say.Calls(("a", "echo", "{}"), ("b", "nope", "{}")),
            [Say.Start(), Say.Throw(new StreamException("reset"))],
            Say.Answer("done"),
        ]);
        (_, RunRecorder recorder) = await Runs.RunAsync(model, [TestTools.Echo()]);

        RunEvent.PhaseEntered[] phases = [.. recorder.Of<RunEvent.PhaseEntered>()];
        phases.First().Phase.ShouldBe(TurnPhaseTransitions.Initial);
        for (int i = 1; i < phases.Length; i++)
        {
            bool sameTurn = phases[i].Turn == phases[i - 1].Turn;
            TurnPhase from = phases[i - 1].Phase;
            TurnPhase to = phases[i].Phase;
            (sameTurn ? TurnPhaseTransitions.CanTransition(from, to) : from == TurnPhase.DecideNext && to == TurnPhase.ReceiveCommands && phases[i].Turn == phases[i - 1].Turn + 1)
                .ShouldBeTrue($"{phases[i - 1]} -> {phases[i]}");
        }

        phases.Last().Phase.ShouldBe(TurnPhase.Finish);
    }

    [Fact]
    public async Task The_run_starts_with_its_prompt_and_ends_with_its_status()
    {
        var model = new ScriptedChatClient([Say.Answer("ok")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, prompt: "fix the bug");

        recorder.Events[0].ShouldBe(new RunEvent.RunStarted("fix the bug"));
        recorder.Events[^1].ShouldBe(new RunEvent.RunFinished(result.Status, 1));
    }

    [Fact]
    public async Task A_run_nobody_observes_builds_no_events_and_ends_the_same()
    {
        ScriptedChatClient Model() => new([Say.Calls(("c0", "echo", """{"x":1}""")), Say.Answer("done")]);
        (RunResult observed, RunRecorder recorder) = await Runs.RunAsync(Model(), [TestTools.Echo()]);
        RunResult unobserved = await new TurnRunner(Model(), new ToolRegistry([TestTools.Echo()]), new TurnRunnerOptions { Retry = Runs.Immediate })
            .RunAsync("do the task").WaitAsync(TimeSpan.FromSeconds(30));

        recorder.Events.Count.ShouldBeGreaterThan(20);
        unobserved.Status.ShouldBe(observed.Status);
        unobserved.Turns.ShouldBe(observed.Turns);
        unobserved.Messages.Select(m => (m.Role, m.Text, m.Contents.Count)).ShouldBe(observed.Messages.Select(m => (m.Role, m.Text, m.Contents.Count)));
    }

    private sealed class ScriptedPolicy(params LoopDecision[] decisions) : ILoopPolicy
    {
        private int _next;

        public System.Collections.Generic.List<TurnOutcome> Seen { get; } = [];

        public LoopDecision Decide(PostTurnAssessment assessment)
        {
            Seen.Add(assessment.Outcome);
            return decisions[_next++];
        }
    }
}
