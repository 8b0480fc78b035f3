using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Imp.Agents;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Ecosystem;

/// <summary>The runner as a Microsoft Agent Framework <see cref="AIAgent"/>, alone and inside a workflow.</summary>
public sealed class ImpAgentTests
{
    private static ImpAgent Agent(ScriptedChatClient model, string name = "coder") =>
        new(new TurnRunner(model, [TestTools.Echo("lookup")], new TurnRunnerOptions { Retry = Runs.Immediate, SystemPrompt = "Be careful." }), name, "Writes code.");

    [Fact]
    public async Task A_run_answers_with_the_messages_it_added_and_its_status()
    {
        var model = new ScriptedChatClient([Say.Calls(("c1", "lookup", "{}")), Say.Answer("all ", "done")]);
        ImpAgent agent = Agent(model);
        AgentSession session = await agent.CreateSessionAsync();

        AgentResponse response = await agent.RunAsync("fix it", session);

        response.Text.ShouldContain("all done");
        response.Messages.Select(m => m.Role).ShouldBe([ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant]);
        response.AdditionalProperties![ImpAgent.StatusKey].ShouldBe("""{"type":"done","reason":"work_completed"}""");
        response.RawRepresentation.ShouldBeOfType<RunResult>().Turns.ShouldBe(2u);
        (agent.Name, agent.Description).ShouldBe(("coder", "Writes code."));
        model.Requests[0][0].Role.ShouldBe(ChatRole.System);
    }

    [Fact]
    public async Task The_session_carries_the_conversation_into_the_next_run_and_survives_serialization()
    {
        var model = new ScriptedChatClient([Say.Answer("first answer"), Say.Answer("second answer")]);
        ImpAgent agent = Agent(model);
        AgentSession session = await agent.CreateSessionAsync();
        await agent.RunAsync("first question", session);

        JsonElement saved = await agent.SerializeSessionAsync(session);
        AgentSession restored = await agent.DeserializeSessionAsync(saved);
        await agent.RunAsync("second question", restored);

        // The second request holds the system prompt once, then the first exchange, then the new question.
        model.Requests[1].Select(m => (m.Role, m.Text)).ShouldBe([
            (ChatRole.System, "Be careful."),
            (ChatRole.User, "first question"),
            (ChatRole.Assistant, "first answer"),
            (ChatRole.User, "second question"),
        ]);
        var own = restored.ShouldBeOfType<ImpAgentSession>();
        own.Messages.Count.ShouldBe(4);
        own.LastStatus.ShouldBeOfType<RunFinalStatus.Done>();
    }

    [Fact]
    public async Task Streaming_yields_assistant_text_and_tool_results_as_they_happen_then_the_status()
    {
        var model = new ScriptedChatClient([Say.Calls(("c1", "lookup", """{"q":1}""")), Say.Answer("answer")]);
        ImpAgent agent = Agent(model);

        var updates = new List<AgentResponseUpdate>();
        await foreach (AgentResponseUpdate update in agent.RunStreamingAsync("go"))
        {
            updates.Add(update);
        }

        updates.Select(u => u.Role).ShouldBe([ChatRole.Tool, ChatRole.Assistant, ChatRole.Assistant]);
        updates[0].Contents.OfType<FunctionResultContent>().Single().CallId.ShouldBe("c1");
        updates[1].Text.ShouldBe("answer");
        updates[^1].AdditionalProperties![ImpAgent.StatusKey].ShouldBe("""{"type":"done","reason":"work_completed"}""");
        updates.Select(u => u.ResponseId).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_failed_run_still_answers_with_its_status()
    {
        var model = new ScriptedChatClient([[Say.Throw(new AuthException("bad key"))]]);

        AgentResponse response = await Agent(model).RunAsync("go");

        JsonDocument.Parse((string)response.AdditionalProperties![ImpAgent.StatusKey]!).RootElement.GetProperty("type").GetString().ShouldBe("failed");
    }

    [Fact]
    public async Task Sessions_of_other_agents_and_bad_state_are_refused()
    {
        ImpAgent agent = Agent(new ScriptedChatClient([]));

        await Should.ThrowAsync<ArgumentException>(async () => await agent.RunAsync("go", new OtherSession()));
        await Should.ThrowAsync<ArgumentException>(async () => await agent.DeserializeSessionAsync(JsonDocument.Parse("{}").RootElement));
        Should.Throw<ArgumentNullException>(() => new ImpAgent(null!));
        agent.GetService<TurnRunner>().ShouldBeSameAs(agent.Runner);
    }

    [Fact]
    public async Task The_agent_runs_inside_an_Agent_Framework_workflow()
    {
        var coderModel = new ScriptedChatClient([Say.Calls(("c1", "lookup", "{}")), Say.Answer("patched the bug")]);
        var reviewerModel = new ScriptedChatClient([Say.Answer("looks good")]);
        Workflow workflow = AgentWorkflowBuilder.BuildSequential(Agent(coderModel, "coder"), Agent(reviewerModel, "reviewer"));

        List<ChatMessage>? output = null;
        var seen = new List<string>();
        await using StreamingRun run = await InProcessExecution.RunStreamingAsync(workflow, new List<ChatMessage> { new(ChatRole.User, "fix the bug") });
        await run.TrySendMessageAsync(new TurnToken(emitEvents: true));

        // A watch ends whenever the run has nothing more to report at that moment; watch again while it runs.
        for (int watch = 0; watch < 20 && output is null; watch++)
        {
            await foreach (WorkflowEvent e in run.WatchStreamAsync())
            {
                seen.Add(e.GetType().Name);
                if (e is WorkflowOutputEvent done)
                {
                    output = done.As<List<ChatMessage>>();
                }
            }

            seen.Add("status " + await run.GetStatusAsync());
        }

        output.ShouldNotBeNull(string.Join("\n", seen));
        output.Select(m => m.Text).ShouldContain("patched the bug");
        output.Select(m => m.Text).ShouldContain("looks good");

        // The reviewer saw the coder's work: the workflow handed the conversation on.
        reviewerModel.Requests.ShouldHaveSingleItem().Select(m => m.Text).ShouldContain("patched the bug");
        coderModel.Requests.Count.ShouldBe(2);
    }

    private sealed class OtherSession : AgentSession;
}
