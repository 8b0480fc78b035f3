using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>Runs a <see cref="ToolPlan"/> the way its <see cref="ToolPlan.Mode"/> says.</summary>
public static class ToolPlanExecutor
{
    /// <summary>
    /// Runs every call of <paramref name="plan"/>: in <see cref="ToolExecutionMode.ParallelReadonlyThenSequentialMutable"/>
    /// mode the read-only calls run concurrently, then the mutable and external-side-effect calls one by one in index order.
    /// </summary>
    /// <remarks>
    /// A call's failure is its result, not an exception: a tool that throws, times out, is not registered, or gets
    /// arguments that are not a JSON object yields a <see cref="ToolCallResult"/> saying so, and the other calls still
    /// run. Only cancellation stops the plan: no further call starts, running calls see the token, and the method
    /// throws without waiting for a call that ignores it.
    /// </remarks>
    /// <param name="plan">The calls and their mode.</param>
    /// <param name="tools">The tools the calls name.</param>
    /// <param name="options">Clock, default timeout and callbacks; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the plan.</param>
    /// <returns>One result per call, in index order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="tools"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IReadOnlyList<ToolCallResult>> ExecuteAsync(
        ToolPlan plan,
        ToolRegistry tools,
        ToolExecutionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tools);
        options ??= ToolExecutionOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();

        var results = new ToolCallResult[plan.Count];
        var concurrent = new List<Task>();
        for (int i = 0; i < plan.Count; i++)
        {
            if (plan.Calls[i].Risk == ToolRisk.ReadOnly)
            {
                // Reported here, in index order, so the starts read the same on every run; the calls then overlap.
                int slot = i;
                options.OnStarted?.Invoke(plan.Calls[slot]);
                concurrent.Add(Task.Run(async () => results[slot] = await FinishAsync(plan.Calls[slot], tools, options, cancellationToken).ConfigureAwait(false), cancellationToken));
            }
        }

        await Task.WhenAll(concurrent).ConfigureAwait(false);

        foreach (int slot in SequentialSlotsInIndexOrder(plan))
        {
            cancellationToken.ThrowIfCancellationRequested();
            options.OnStarted?.Invoke(plan.Calls[slot]);
            results[slot] = await FinishAsync(plan.Calls[slot], tools, options, cancellationToken).ConfigureAwait(false);
        }

        Array.Sort(results, static (a, b) => a.Index.CompareTo(b.Index));
        return results;
    }

    private static List<int> SequentialSlotsInIndexOrder(ToolPlan plan)
    {
        var slots = new List<int>();
        for (int i = 0; i < plan.Count; i++)
        {
            if (plan.Calls[i].Risk != ToolRisk.ReadOnly)
            {
                slots.Add(i);
            }
        }

        slots.Sort((a, b) => plan.Calls[a].Index.CompareTo(plan.Calls[b].Index));
        return slots;
    }

    private static async Task<ToolCallResult> FinishAsync(PlannedToolCall call, ToolRegistry tools, ToolExecutionOptions options, CancellationToken cancellationToken)
    {
        ToolCallResult result = await RunCoreAsync(call, tools, options, cancellationToken).ConfigureAwait(false);
        options.OnFinished?.Invoke(result);
        return result;
    }

    private static async Task<ToolCallResult> RunCoreAsync(PlannedToolCall call, ToolRegistry tools, ToolExecutionOptions options, CancellationToken cancellationToken)
    {
        if (!tools.TryGet(call.Name, out AgentTool? tool))
        {
            return NotRun(call, ToolOutcome.UnknownTool, $"There is no tool named '{call.Name}'. Available tools: {ToolNames(tools)}.");
        }

        if (call.Arguments.ValueKind != JsonValueKind.Object)
        {
            return NotRun(call, ToolOutcome.InvalidArguments, InvalidArgumentsMessage(call));
        }

        TimeProvider clock = options.TimeProvider;
        TimeSpan timeout = tool.Timeout ?? options.DefaultTimeout;
        long started = clock.GetTimestamp();
        using var callCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<string> work;
        try
        {
            work = tool.InvokeAsync(call.Arguments, callCancellation.Token).AsTask();
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Ran(call, ToolOutcome.Failed, FailedMessage(call, error), clock, started);
        }

        try
        {
            string output = await work.WaitAsync(timeout, clock, cancellationToken).ConfigureAwait(false);
            return Ran(call, ToolOutcome.Succeeded, output ?? string.Empty, clock, started);
        }
        catch (TimeoutException) when (!work.IsCompleted)
        {
            await callCancellation.CancelAsync().ConfigureAwait(false);
            Observe(work);
            return Ran(call, ToolOutcome.TimedOut, string.Create(CultureInfo.InvariantCulture, $"Tool '{call.Name}' did not finish within {timeout.TotalSeconds:0.###} s and was abandoned."), clock, started);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await callCancellation.CancelAsync().ConfigureAwait(false);
            Observe(work);
            throw;
        }
        catch (Exception error)
        {
            return Ran(call, ToolOutcome.Failed, FailedMessage(call, error), clock, started);
        }
    }

    // An abandoned call may still fail later; its exception must not surface as an unobserved task exception.
    private static void Observe(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private static ToolCallResult NotRun(PlannedToolCall call, ToolOutcome outcome, string output) =>
        new(call.Index, call.Id, call.Name, outcome, output, TimeSpan.Zero);

    private static ToolCallResult Ran(PlannedToolCall call, ToolOutcome outcome, string output, TimeProvider clock, long started) =>
        new(call.Index, call.Id, call.Name, outcome, output, clock.GetElapsedTime(started));

    private static string FailedMessage(PlannedToolCall call, Exception error) =>
        $"Tool '{call.Name}' failed: {error.Message}";

    private static string InvalidArgumentsMessage(PlannedToolCall call) => call.Arguments.ValueKind == JsonValueKind.String
        ? $"Tool '{call.Name}' was not run: its arguments could not be read as a JSON object ({call.Arguments.GetString()})."
        : $"Tool '{call.Name}' was not run: its arguments must be a JSON object, but they are {Describe(call.Arguments.ValueKind)}.";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };

    private static string ToolNames(ToolRegistry tools)
    {
        var names = new List<string>(tools.Count);
        foreach (AgentTool tool in tools.Tools)
        {
            names.Add(tool.Name);
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
