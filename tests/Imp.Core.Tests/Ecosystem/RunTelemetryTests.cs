using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Ecosystem;

/// <summary>
/// The runner's spans (OpenTelemetry's in-memory exporter), metrics (<see cref="MetricCollector{T}"/>) and logs
/// (<see cref="FakeLogger"/>). Listeners are process-wide and tests run in parallel, so each test names its agent and
/// tools uniquely and looks only at its own.
/// </summary>
[Collection(Imp.Core.Tests.Support.ProcessWideMetrics.Name)]
public sealed class RunTelemetryTests
{
    private readonly string _agent = "agent-" + Guid.NewGuid().ToString("N")[..8];

    private static ScriptedChatClient Model() => new([
        [Say.Throw(new StreamException("connection reset"))],
        Say.Calls(("c1", "lookup", """{"q":"x"}""")),
        Say.Answer("found it"),
    ]);

    private static (List<Activity> Spans, TracerProvider Provider) Trace()
    {
        var spans = new List<Activity>();
        var provider = Sdk.CreateTracerProviderBuilder().AddSource(ImpTelemetry.SourceName).AddInMemoryExporter(spans).Build();
        return (spans, provider);
    }

    private List<Activity> Mine(List<Activity> spans)
    {
        lock (spans)
        {
            var root = spans.Single(s => s.OperationName == $"invoke_agent {_agent}");
            return [.. spans.Where(s => s.TraceId == root.TraceId)];
        }
    }

    private Task<(RunResult, RunRecorder)> RunAsync(ScriptedChatClient model, Func<TurnRunnerOptions, TurnRunnerOptions>? configure = null)
    {
        var gate = VerificationGate.Command("unit", "dotnet test");
        return Runs.RunAsync(model, [TestTools.Echo("lookup")], o =>
        {
            o = o with { AgentName = _agent, ChatOptions = new ChatOptions { ModelId = "model-x" }, Checks = [new RecordingCheck(gate, g => g.MarkPassed(VerificationGateResult.Passed(0)))] };
            return configure?.Invoke(o) ?? o;
        });
    }

    [Fact]
    public async Task A_run_is_an_invoke_agent_span_with_chat_and_execute_tool_children()
    {
        var (spans, provider) = Trace();
        using (provider)
        {
            await RunAsync(Model());
        }

        var mine = Mine(spans);
        var run = mine.Single(s => s.OperationName.StartsWith("invoke_agent", StringComparison.Ordinal));
        run.GetTagItem("gen_ai.operation.name").ShouldBe("invoke_agent");
        run.GetTagItem("gen_ai.agent.name").ShouldBe(_agent);
        run.GetTagItem("gen_ai.request.model").ShouldBe("model-x");
        run.GetTagItem("imp.run.status").ShouldBe("done");
        run.GetTagItem("imp.run.turns").ShouldBe(2u);
        run.Status.ShouldBe(ActivityStatusCode.Unset);

        // One chat span per sampling attempt, from Microsoft.Extensions.AI's OpenTelemetryChatClient, under the run.
        var chats = mine.Where(s => (string?)s.GetTagItem("gen_ai.operation.name") == "chat").ToList();
        chats.Count.ShouldBe(3);
        chats.ShouldAllBe(c => c.ParentSpanId == run.SpanId);
        chats.Count(c => c.Status == ActivityStatusCode.Error).ShouldBe(1);
        chats.ShouldAllBe(c => (string?)c.GetTagItem("gen_ai.request.model") == "model-x");

        var tool = mine.Single(s => s.OperationName == "execute_tool lookup");
        tool.ParentSpanId.ShouldBe(run.SpanId);
        (tool.GetTagItem("gen_ai.tool.name"), tool.GetTagItem("gen_ai.tool.call.id"), tool.GetTagItem("gen_ai.tool.type")).ShouldBe(("lookup", "c1", "function"));
        tool.GetTagItem("imp.tool.outcome").ShouldBe("succeeded");
        tool.GetTagItem("imp.tool.risk").ShouldBe("read_only");

        // Retries and gate results are events of the run's span.
        var retry = run.Events.Single(e => e.Name == "imp.retry");
        retry.Tags.ShouldContain(t => t.Key == "error.type" && (string?)t.Value == typeof(StreamException).FullName);
        var gate = run.Events.Single(e => e.Name == "imp.gate");
        gate.Tags.ShouldContain(t => t.Key == "imp.gate.status" && (string?)t.Value == "passed");
        run.Events.Count(e => e.Name == "imp.decision").ShouldBe(2);
    }

    [Fact]
    public async Task A_client_that_already_records_chat_spans_is_not_wrapped_twice()
    {
        var (spans, provider) = Trace();
        using (provider)
        {
            IChatClient instrumented = new ChatClientBuilder(Model()).UseOpenTelemetry(sourceName: ImpTelemetry.SourceName).Build();
            var runner = new TurnRunner(instrumented, [TestTools.Echo("lookup")], new TurnRunnerOptions { AgentName = _agent, Retry = Runs.Immediate });
            await runner.RunAsync("go");
        }

        Mine(spans).Count(s => (string?)s.GetTagItem("gen_ai.operation.name") == "chat").ShouldBe(3);
    }

    [Fact]
    public async Task A_failed_run_and_a_failed_tool_are_error_spans()
    {
        var model = new ScriptedChatClient([Say.Calls(("c1", "boom", "{}")), [Say.Throw(new AuthException("bad key"))]]);
        var (spans, provider) = Trace();
        using (provider)
        {
            await Runs.RunAsync(model, [TestTools.Throwing("boom", "kaput")], o => o with { AgentName = _agent });
        }

        var mine = Mine(spans);
        var run = mine.Single(s => s.OperationName.StartsWith("invoke_agent", StringComparison.Ordinal));
        run.Status.ShouldBe(ActivityStatusCode.Error);
        run.GetTagItem("error.type").ShouldBe("failed");
        var tool = mine.Single(s => s.OperationName == "execute_tool boom");
        tool.Status.ShouldBe(ActivityStatusCode.Error);
        tool.GetTagItem("error.type").ShouldBe("failed");
        tool.StatusDescription.ShouldNotBeNull().ShouldContain("kaput");
        run.Events.ShouldContain(e => e.Name == "imp.retry.give_up");
    }

    [Fact]
    public async Task Metrics_record_run_duration_and_turns_by_status_tool_duration_and_retries()
    {
        using var duration = new MetricCollector<double>(ImpTelemetry.RunDuration);
        using var turns = new MetricCollector<int>(ImpTelemetry.RunTurns);
        using var tools = new MetricCollector<double>(ImpTelemetry.ToolCallDuration);
        using var retries = new MetricCollector<long>(ImpTelemetry.Retries);

        await RunAsync(Model());

        bool Ours(CollectedMeasurement<double> m) => (string?)m.Tags["gen_ai.agent.name"] == _agent;
        var run = duration.GetMeasurementSnapshot().Single(Ours);
        run.Tags["imp.run.status"].ShouldBe("done");
        run.Value.ShouldBeGreaterThanOrEqualTo(0);
        turns.GetMeasurementSnapshot().Single(m => (string?)m.Tags["gen_ai.agent.name"] == _agent).Value.ShouldBe(2);
        tools.GetMeasurementSnapshot().ShouldContain(m => (string?)m.Tags["gen_ai.tool.name"] == "lookup" && (string?)m.Tags["imp.tool.outcome"] == "succeeded");
        retries.GetMeasurementSnapshot().ShouldContain(m => (string?)m.Tags["error.type"] == typeof(StreamException).FullName);
    }

    [Fact]
    public async Task Logs_go_through_the_options_logger_factory()
    {
        using var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));

        await RunAsync(Model(), o => o with { LoggerFactory = factory });

        var records = logs.Collector.GetSnapshot().Where(r => r.Category == "Imp.TurnRunner").ToList();
        records.Select(r => r.Id.Name).ShouldBe(["RunStarted", "ModelRetry", "ToolFinished", "DecisionMade", "DecisionMade", "GateChecked", "RunFinished"]);
        records[1].Level.ShouldBe(LogLevel.Warning);
        records[1].Message.ShouldBe("Turn 0: the model call failed, retry 0 in 0 ms: connection reset");
        records[^1].Message.ShouldStartWith($"Agent run {_agent} finished done after 2 turns");
        records[^1].StructuredState!.ShouldContain(new KeyValuePair<string, string?>("Status", "done"));
    }
}
