using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Json;

namespace Imp.Demo;

/// <summary>The demo: a scripted multi-turn agent run, printed live as a timeline.</summary>
public static class DemoApp
{
    /// <summary>Runs the demo with <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="errors"/>.</summary>
    /// <returns>The process exit code: 0 when the run ended as expected, 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        DemoCommandLine options = DemoCommandLine.Parse(args, out string? error);
        if (error is not null)
        {
            await errors.WriteLineAsync(error);
            await errors.WriteLineAsync(DemoCommandLine.Usage);
            return 2;
        }

        if (options.Help)
        {
            await output.WriteLineAsync(DemoCommandLine.Usage);
            return 0;
        }

        if (options.DurableChild is { } child)
        {
            return await Durable.CrashDemo.ChildAsync(child.Folder, child.RunId, child.Kind, child.Occurrence, output);
        }

        if (options.CrashAt is { } crash)
        {
            return await Durable.CrashDemo.RunAsync(crash.Kind, crash.Occurrence, output, cancellationToken);
        }

        if (options.Mermaid)
        {
            await output.WriteLineAsync(TurnPhaseTransitions.Mermaid);
            return 0;
        }

        return await RunAgentAsync(options, output, cancellationToken);
    }

    private static async Task<int> RunAgentAsync(DemoCommandLine options, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Imp.Generated demo: a scripted agent run (seed {options.Seed}, faults {(options.Faults ? "on" : "off")})");
        await output.WriteLineAsync();

        var workspace = new DemoWorkspace();
        var timeline = new Timeline(output);
        var random = new Random(options.Seed);
        File.Delete(options.TracePath);
        using SpanPrinter? spans = options.Spans ? new SpanPrinter() : null;
        var runner = new TurnRunner(new ScriptedModel(options.Faults), workspace.Tools(), new TurnRunnerOptions
        {
            // Short delays so the retries are visible without a long wait; the seed fixes the jitter.
            Retry = new RetryOptions
            {
                Policy = new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(2) },
                RandomSource = random.NextDouble,
            },
            AgentName = "demo",
            SystemPrompt = "You are a careful coding agent.",
            Checks = [new TodoGate(workspace)],
            TracePath = options.TracePath,
            OnEvent = (runEvent, _) =>
            {
                timeline.Print(runEvent);
                workspace.Observe(runEvent);
                return ValueTask.CompletedTask;
            },
        });

        RunResult result = await runner.RunAsync("Handle overflow in src/lib.rs and leave no TODO behind.", cancellationToken);

        await output.WriteLineAsync();
        await output.WriteLineAsync("final status:");
        await output.WriteLineAsync(JsonSerializer.Serialize(result.Status, ImpJson.TypeInfo<RunFinalStatus>()));
        int lines = File.ReadLines(options.TracePath).Count();
        await output.WriteLineAsync($"trace: {options.TracePath} ({lines} events)");
        if (spans is not null)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("spans (ActivitySource \"Imp\", GenAI semantic conventions):");
            spans.Print(output);
        }

        return 0;
    }
}
