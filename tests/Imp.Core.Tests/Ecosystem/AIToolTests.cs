using System;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Ecosystem;

/// <summary>The runner takes Microsoft.Extensions.AI tools: AIFunctionFactory functions, with or without a risk and timeout.</summary>
public sealed class AIToolTests
{
    [Description("Adds two numbers.")]
    private static int Add(int a, int b) => a + b;

    [Fact]
    public async Task An_AIFunctionFactory_function_is_planned_and_called_with_the_models_arguments()
    {
        var model = new ScriptedChatClient([Say.Calls(("c1", "Add", """{"a":2,"b":40}""")), Say.Answer("42")]);
        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [AIFunctionFactory.Create(Add)]);

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        var finished = recorder.Of<RunEvent.ToolFinished>().ShouldHaveSingleItem();
        (finished.Name, finished.Outcome, finished.Output).ShouldBe(("Add", ToolOutcome.Succeeded, "42"));

        // Added as it is, a function is mutable (imp-core's default for a tool not known to be read-only).
        recorder.Of<RunEvent.ToolStarted>().Single().Risk.ShouldBe(ToolRisk.Mutable);
        var result1 = model.Requests[1].Last().Contents.OfType<FunctionResultContent>().Single();
        result1.Result.ShouldBe("42");
    }

    [Fact]
    public async Task Risk_and_timeout_are_metadata_the_model_never_sees()
    {
        var function = AIFunctionFactory.Create(Add);
        AgentTool tool = AgentTool.From(function, ToolRisk.ReadOnly, TimeSpan.FromSeconds(5));
        var model = new ScriptedChatClient([Say.Answer("nothing to do")]);

        await Runs.RunAsync(model, [tool]);

        AITool declared = model.Options[0]!.Tools!.ShouldHaveSingleItem();
        declared.ShouldNotBeOfType<AgentTool>();
        declared.ShouldBeAssignableTo<AIFunctionDeclaration>()!.JsonSchema.GetRawText().ShouldBe(function.JsonSchema.GetRawText());
        declared.ShouldNotBeAssignableTo<AIFunction>(); // a declaration only: a function-invoking client cannot run it
        declared.Name.ShouldBe("Add");
        declared.Description.ShouldBe("Adds two numbers.");
        string everything = JsonSerializer.Serialize(declared.AdditionalProperties) + declared.Description;
        everything.ShouldNotContain("read_only", Case.Insensitive);
        (tool.Risk, tool.Timeout, tool.RetrySafe).ShouldBe((ToolRisk.ReadOnly, TimeSpan.FromSeconds(5), true));
    }

    [Fact]
    public async Task A_wrapped_function_keeps_its_timeout_and_its_failures_become_observations()
    {
        var hangs = AgentTool.From(
            AIFunctionFactory.Create(async (CancellationToken ct) => { await Task.Delay(Timeout.Infinite, ct); return "never"; }, "hang"),
            ToolRisk.ReadOnly,
            TimeSpan.FromMilliseconds(50));
        var throws = AIFunctionFactory.Create(string () => throw new InvalidOperationException("disk full"), "explode");
        var model = new ScriptedChatClient([Say.Calls(("c1", "hang", "{}"), ("c2", "explode", "{}")), Say.Answer("ok")]);

        (RunResult result, RunRecorder recorder) = await Runs.RunAsync(model, [hangs, throws]);

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        var outcomes = recorder.Of<RunEvent.ToolFinished>().OrderBy(f => f.Index).Select(f => (f.Name, f.Outcome)).ToArray();
        outcomes.ShouldBe([("hang", ToolOutcome.TimedOut), ("explode", ToolOutcome.Failed)]);
        recorder.Of<RunEvent.ToolFinished>().Single(f => f.Name == "explode").Output.ShouldContain("disk full");
    }

    [Fact]
    public async Task An_agent_tool_is_itself_an_AIFunction_callable_through_Microsoft_Extensions_AI()
    {
        AgentTool tool = AgentTool.Create("shout", "Upper-cases text.", ToolRisk.ReadOnly, (args, _) => ValueTask.FromResult(args.GetProperty("text").GetString()!.ToUpperInvariant()));

        object? result = await tool.InvokeAsync(new AIFunctionArguments { ["text"] = "hi" });

        result.ShouldBe("HI");
        tool.ShouldBeAssignableTo<AIFunction>();
    }

    [Fact]
    public void Tools_that_cannot_be_invoked_are_refused_with_their_name()
    {
        var registry = new ToolRegistry();
        var declaration = AIFunctionFactory.CreateDeclaration("lookup", "Looks up.", JsonDocument.Parse("""{"type":"object"}""").RootElement);

        Should.Throw<ArgumentException>(() => registry.Add(declaration)).Message.ShouldContain("'lookup'");
        Should.Throw<ArgumentException>(() => registry.Add(new HostedWebSearchTool())).Message.ShouldContain("cannot be invoked");
        Should.Throw<ArgumentNullException>(() => AgentTool.From(null!, ToolRisk.ReadOnly));
        Should.Throw<ArgumentOutOfRangeException>(() => AgentTool.From(AIFunctionFactory.Create(Add), ToolRisk.ReadOnly, TimeSpan.Zero));
    }

    [Fact]
    public void From_returns_the_same_tool_when_nothing_changes()
    {
        AgentTool tool = AgentTool.From(AIFunctionFactory.Create(Add), ToolRisk.ReadOnly);

        AgentTool.From(tool, ToolRisk.ReadOnly).ShouldBeSameAs(tool);
        AgentTool.From(tool, ToolRisk.Mutable).Risk.ShouldBe(ToolRisk.Mutable);
    }
}
