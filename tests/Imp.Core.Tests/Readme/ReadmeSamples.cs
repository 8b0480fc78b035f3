using System;
using System.Collections.Generic;
using System.Diagnostics;
using Imp;
using Imp.Agents;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Stateless;

namespace Shop;

/// <summary>The README's statements, compiled; <c>Imp.Core.Tests.Readme.ReadmeTests</c> runs them and checks what their comments say.</summary>
internal static class ReadmeSamples
{
    public static (string Name, bool Known, string Json) WireEnum()
    {
        // <readme name="wire-enum-use">
        string name = OrderState.AwaitingPayment.AsStr();                // "awaiting_payment"
        bool known = OrderStateExtensions.TryParse("Shipped"u8, out _);  // false: C# names are not wire names
        string json = JsonSerializer.Serialize(OrderState.Cancelled);    // "cancelled_by_user", quoted
        // </readme>
        return (name, known, json);
    }

    public static (bool Opened, bool Skipped, string Mermaid, bool SampleNow, Expense Phase, bool Approvable) PhaseMachine(decimal budgetLeft)
    {
        // <readme name="phase-machine-use">
        var door = new DoorMachine();                    // starts in the [InitialPhase]: Closed
        bool opened = door.TryEnter(Door.Opening);       // true
        bool skipped = door.TryEnter(Door.Closed);       // false: Opening leads only to Open or Removed
        string diagram = DoorTransitions.Mermaid;        // stateDiagram-v2, one line per transition

        StateMachine<TurnPhase, TurnPhase> turn = TurnPhaseTransitions.CreateStateMachine();   // Stateless, configured
        bool sampleNow = turn.CanFire(TurnPhase.SampleModel);     // false: a turn starts with ReceiveCommands
        StateMachine<Expense, Review> expense = ExpenseTransitions.CreateStateMachine(
            guard: (from, trigger, to) => trigger != Review.Approve || budgetLeft > 0);
        expense.Fire(Review.Submit);                               // Draft -> Submitted
        bool approvable = expense.CanFire(Review.Approve);         // only while budget is left
        // </readme>
        return (opened, skipped, diagram, sampleNow, expense.State, approvable);
    }

    public static (string Json, double Area) WireUnion()
    {
        // <readme name="wire-union-use">
        Shape shape = new Shape.Rectangle(2, 3);
        string json = JsonSerializer.Serialize(shape);   // {"type":"rect","width":2,"height":3}
        double area = shape.Match(
            circle: c => Math.PI * c.Radius * c.Radius,
            rectangle: r => r.Width * r.Height,
            empty: _ => 0);                              // 6
        // </readme>
        return (json, area);
    }

    public static RunFinalStatus VerificationCloseout()
    {
        // <readme name="closeout">
        var unit = VerificationGate.Command("unit", "cargo test");          // required, pending
        unit.MarkFailed(VerificationGateResult.Failed(101) with { Summary = "tests failed" });
        RunFinalStatus final = Closeout.Enforce(new RunFinalStatus.Done(StopReason.WorkCompleted), [unit]);
        // DoneWithConcerns(WorkCompleted, ["required verification failed: unit (tests failed)"])
        // </readme>
        return final;
    }

    public static IChatClient Retrying(IChatClient provider)
    {
        // <readme name="retry">
        IChatClient client = new ChatClientBuilder(provider)
            .UseImpRetry(o => o.OnRetry = (r, _) => { Console.WriteLine($"retry {r.Attempt} in {r.Delay}"); return ValueTask.CompletedTask; })
            .Build();
        // </readme>
        return client;
    }

    public static async Task<RunResult> Runner(IChatClient model, CancellationToken cancellationToken)
    {
        // <readme name="runner">
        var tools = new ToolRegistry(
        [
            AgentTool.Create("read_file", "Reads a file.", ToolRisk.ReadOnly,
                async (args, ct) => await File.ReadAllTextAsync(args.GetProperty("path").GetString()!, ct)),
        ]);
        var runner = new TurnRunner(model, tools, new TurnRunnerOptions
        {
            Checks = [new CommandCheck("unit", "dotnet", ["test"], workingDirectory: ".", timeout: TimeSpan.FromMinutes(10))],
        });

        AgentRun run = runner.Start("Fix the failing test.", cancellationToken);
        run.Steer("Only touch src/.");                  // read before the model is sampled next
        await foreach (RunEvent e in run.Events.WithCancellation(cancellationToken))
        {
            Console.WriteLine(e.AsStr());               // run_started, phase_entered, tool_started, ...
        }

        RunResult result = await run.Completion;        // status, turns, conversation, gates
        // </readme>
        return result;
    }

    public static async Task<(RunResult Run, RunResult Resumed)> Durable(IChatClient model, string folder, CancellationToken cancellationToken)
    {
        // <readme name="durable">
        var runner = new TurnRunner(model, new ToolRegistry([]), new TurnRunnerOptions { RunStore = new FileRunStore(folder) });
        RunResult run = await runner.RunAsync("Fix the failing test.", runId: "fix-42", cancellationToken);

        // The process died during the run? In the next one, it goes on where it was:
        RunResult resumed = await runner.ResumeAsync("fix-42", cancellationToken);
        // </readme>
        return (run, resumed);
    }

    public static async Task<(AgentResponse Answer, List<Activity> Spans)> Hosting(IChatClient model)
    {
        // <readme name="hosting">
        var services = new ServiceCollection();
        services.AddChatClient(model);                      // any IChatClient: OpenAI, Anthropic, Ollama...
        services.AddSingleton<AITool>(AgentTool.From(       // any M.E.AI or MCP tool, with a risk the model never sees
            AIFunctionFactory.Create((string text) => text.Split(' ').Length, "count_words", "Counts words."),
            ToolRisk.ReadOnly));
        services.AddImpTurnRunner(o => o.Retry.Policy = new RetryPolicy { MaxRetries = 5 });
        using ServiceProvider provider = services.BuildServiceProvider();

        var spans = new List<Activity>();                   // invoke_agent, chat and execute_tool spans, GenAI conventions
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(ImpTelemetry.SourceName).AddInMemoryExporter(spans).Build();

        AIAgent coder = new ImpAgent(provider.GetRequiredService<TurnRunner>(), name: "coder");   // Agent Framework
        AgentResponse answer = await coder.RunAsync("How many words are in 'to be or not'?");
        // </readme>
        return (answer, spans);
    }
}
