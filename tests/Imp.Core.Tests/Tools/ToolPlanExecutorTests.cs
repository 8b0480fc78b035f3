using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Tools;

/// <summary>The executor on its own: arguments, callbacks, cancellation and argument checks.</summary>
public sealed class ToolPlanExecutorTests
{
    [Theory]
    [InlineData("[1,2]", "an array")]
    [InlineData("7", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    public async Task Arguments_that_are_not_an_object_are_refused_without_running(string json, string described)
    {
        int runs = 0;
        var tools = new ToolRegistry([TestTools.Returning("t", ToolRisk.ReadOnly, _ => $"{++runs}")]);
        ToolPlan plan = Plan(("t", json, ToolRisk.ReadOnly));

        ToolCallResult result = (await ToolPlanExecutor.ExecuteAsync(plan, tools)).ShouldHaveSingleItem();

        runs.ShouldBe(0);
        (result.Outcome, result.Output, result.Duration).ShouldBe((ToolOutcome.InvalidArguments, $"Tool 't' was not run: its arguments must be a JSON object, but they are {described}.", TimeSpan.Zero));
    }

    [Fact]
    public async Task An_empty_plan_runs_nothing_and_an_unknown_tool_lists_none_when_the_registry_is_empty()
    {
        (await ToolPlanExecutor.ExecuteAsync(ToolPlan.Empty, new ToolRegistry())).ShouldBeEmpty();
        ToolCallResult result = (await ToolPlanExecutor.ExecuteAsync(Plan(("x", "{}", ToolRisk.ReadOnly)), new ToolRegistry())).ShouldHaveSingleItem();
        result.Output.ShouldBe("There is no tool named 'x'. Available tools: none.");
    }

    [Fact]
    public async Task Callbacks_report_every_start_and_finish()
    {
        var started = new List<string>();
        var finished = new List<(string, ToolOutcome)>();
        var tools = new ToolRegistry([TestTools.Echo("a"), TestTools.Echo("b", ToolRisk.Mutable)]);
        var options = new ToolExecutionOptions
        {
            OnStarted = c => { lock (started) { started.Add(c.Id); } },
            OnFinished = r => { lock (finished) { finished.Add((r.Id, r.Outcome)); } },
        };

        await ToolPlanExecutor.ExecuteAsync(Plan(("a", "{}", ToolRisk.ReadOnly), ("b", "{}", ToolRisk.Mutable), ("zz", "{}", ToolRisk.Mutable)), tools, options);

        started.ShouldBe(["0", "1", "2"]);
        finished.ShouldBe([("0", ToolOutcome.Succeeded), ("1", ToolOutcome.Succeeded), ("2", ToolOutcome.UnknownTool)]);
    }

    [Fact]
    public async Task A_cancelled_token_starts_nothing()
    {
        int runs = 0;
        var tools = new ToolRegistry([TestTools.Returning("t", ToolRisk.ReadOnly, _ => $"{++runs}")]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => ToolPlanExecutor.ExecuteAsync(Plan(("t", "{}", ToolRisk.ReadOnly)), tools, cancellationToken: cancelled.Token));
        runs.ShouldBe(0);
    }

    [Fact]
    public async Task Cancellation_does_not_wait_for_a_call_that_ignores_its_token()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<string>();
        var tools = new ToolRegistry([TestTools.Async("deaf", ToolRisk.ReadOnly, (_, _) =>
        {
            started.SetResult();
            return never.Task;
        })]);
        using var cancellation = new CancellationTokenSource();

        Task<IReadOnlyList<ToolCallResult>> running = ToolPlanExecutor.ExecuteAsync(Plan(("deaf", "{}", ToolRisk.ReadOnly)), tools, cancellationToken: cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task A_tool_that_throws_synchronously_or_cancels_itself_is_a_failure()
    {
        var tools = new ToolRegistry([
            AgentTool.Create("sync", "throws before returning a task", ToolRisk.Mutable, (_, _) => throw new ArgumentException("bad path")),
            AgentTool.Create("self", "cancels itself", ToolRisk.Mutable, (_, _) => throw new OperationCanceledException("gave up")),
        ]);

        IReadOnlyList<ToolCallResult> results = await ToolPlanExecutor.ExecuteAsync(Plan(("sync", "{}", ToolRisk.Mutable), ("self", "{}", ToolRisk.Mutable)), tools);

        results.Select(r => (r.Outcome, r.Output)).ShouldBe([
            (ToolOutcome.Failed, "Tool 'sync' failed: bad path"),
            (ToolOutcome.Failed, "Tool 'self' failed: gave up"),
        ]);
    }

    [Fact]
    public async Task Durations_come_from_the_given_clock()
    {
        var clock = new Imp.Core.Tests.Retry.Support.ManualTimeProvider();
        var tools = new ToolRegistry([TestTools.Returning("t", ToolRisk.Mutable, _ =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(1500));
            return "ok";
        })]);

        ToolCallResult result = (await ToolPlanExecutor.ExecuteAsync(Plan(("t", "{}", ToolRisk.Mutable)), tools, new ToolExecutionOptions { TimeProvider = clock })).Single();

        result.Duration.ShouldBe(TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public void Options_refuse_what_cannot_work()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ToolExecutionOptions { DefaultTimeout = TimeSpan.Zero }).Message.ShouldStartWith("The default tool timeout must be positive.");
        Should.Throw<ArgumentNullException>(() => new ToolExecutionOptions { TimeProvider = null! });
        Should.Throw<ArgumentNullException>(() => ToolPlanExecutor.ExecuteAsync(null!, new ToolRegistry()));
    }

    private static ToolPlan Plan(params (string Name, string Json, ToolRisk Risk)[] calls) =>
        new(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, [.. calls.Select((c, i) =>
            new PlannedToolCall((ulong)i, $"{i}", c.Name, JsonDocument.Parse(c.Json).RootElement, c.Risk, retrySafe: false))]);
}
