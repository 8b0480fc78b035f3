using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Runner.Support;

/// <summary>Builds runners for tests: retries without waiting, events recorded.</summary>
public static class Runs
{
    /// <summary>A retry policy that retries at once (no base delay, no jitter).</summary>
    public static RetryPolicy Immediate { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    public static (TurnRunner Runner, RunRecorder Recorder) Create(
        ScriptedChatClient model,
        IEnumerable<AgentTool>? tools = null,
        Func<TurnRunnerOptions, TurnRunnerOptions>? configure = null)
    {
        var recorder = new RunRecorder();
        var options = new TurnRunnerOptions { Retry = Immediate, OnEvent = recorder.Record };
        options = configure?.Invoke(options) ?? options;
        return (new TurnRunner(model, new ToolRegistry(tools ?? []), options), recorder);
    }

    public static async Task<(RunResult Result, RunRecorder Recorder)> RunAsync(
        ScriptedChatClient model,
        IEnumerable<AgentTool>? tools = null,
        Func<TurnRunnerOptions, TurnRunnerOptions>? configure = null,
        string prompt = "do the task")
    {
        (TurnRunner runner, RunRecorder recorder) = Create(model, tools, configure);
        RunResult result = await runner.RunAsync(prompt).WaitAsync(TimeSpan.FromSeconds(30));
        return (result, recorder);
    }
}
