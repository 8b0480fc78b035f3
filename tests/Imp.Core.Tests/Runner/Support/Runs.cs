using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Core.Tests.Runner.Support;

/// <summary>Builds runners for tests: retries without waiting, events recorded.</summary>
public static class Runs
{
    /// <summary>A retry policy that retries at once (no base delay, no jitter).</summary>
    public static RetryPolicy ImmediatePolicy { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };

    /// <summary>Retry options that retry at once; a new copy each time, since options are settable.</summary>
    public static RetryOptions Immediate => new() { Policy = ImmediatePolicy };

    public static (TurnRunner Runner, RunRecorder Recorder) Create(
        ScriptedChatClient model,
        IEnumerable<AITool>? tools = null,
        Func<TurnRunnerOptions, TurnRunnerOptions>? configure = null)
    {
        var recorder = new RunRecorder();
        var options = new TurnRunnerOptions { Retry = Immediate, OnEvent = recorder.RecordAsync };
        options = configure?.Invoke(options) ?? options;
        return (new TurnRunner(model, new ToolRegistry(tools ?? []), options), recorder);
    }

    public static async Task<(RunResult Result, RunRecorder Recorder)> RunAsync(
        ScriptedChatClient model,
        IEnumerable<AITool>? tools = null,
        Func<TurnRunnerOptions, TurnRunnerOptions>? configure = null,
        string prompt = "do the task")
    {
        (TurnRunner runner, RunRecorder recorder) = Create(model, tools, configure);
        RunResult result = await runner.RunAsync(prompt).WaitAsync(TimeSpan.FromSeconds(30));
        return (result, recorder);
    }
}
