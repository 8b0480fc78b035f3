using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;
using Microsoft.Extensions.AI;
using OpenAI;
using Shouldly;
using Xunit;
using static Imp.Core.Tests.ChatClients.OpenAI.OpenAIFault;
using static Imp.Core.Tests.ChatClients.Support.SdkRunHarness;

namespace Imp.Core.Tests.ChatClients.OpenAI;

/// <summary>
/// The official OpenAI SDK's <see cref="IChatClient"/> (Microsoft.Extensions.AI.OpenAI; its own retries off) driven by a
/// <see cref="TurnRunner"/> against <see cref="OpenAILoopbackServer"/>, through the fault matrix of the Anthropic tests.
/// Retry delays run on a manual clock that moves only while a reported retry waits; the network is real.
/// </summary>
public sealed class OpenAIRunnerEndToEndTests : IDisposable
{
    private readonly SdkRunHarness _run = new();
    private readonly HttpClient _http = new(new HttpFailureCaptureHandler(new SocketsHttpHandler())) { Timeout = Bound };

    private static IReadOnlyList<Func<string, string>> ToolThenText(params string[] arguments) =>
        [OpenAILoopbackServer.ToolCallAnswer("call_1", "read_file", arguments), OpenAILoopbackServer.TextAnswer(AnswerDeltas)];

    private static IReadOnlyList<Func<string, string>> ValidToolThenText => ToolThenText("{\"pa", "th\": \"src/", "a.txt\"}");

    public void Dispose() => _http.Dispose();

    private TurnRunner Runner(OpenAILoopbackServer server, RetryPolicy? policy = null)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(server.BaseUrl),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            Transport = new HttpClientPipelineTransport(_http),
        };
        IChatClient model = new ChatClientBuilder(new global::OpenAI.Chat.ChatClient("gpt-test", new ApiKeyCredential("test-key"), options).AsIChatClient())
            .Use(inner => new OpenAIStreamErrors(inner))
            .Build();
        return new TurnRunner(model, [_run.ReadFile], _run.Options(server, policy));
    }

    private static JsonElement[] ToolMessages(JsonElement body) =>
        [.. body.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("role").GetString() == "tool")];

    private void ShouldHaveRunToolThenText(RunResult result, OpenAILoopbackServer server, int requests)
    {
        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        result.Turns.ShouldBe(2u);
        _run.ToolRuns.ShouldBe(1);
        server.Requests.Count.ShouldBe(requests);
        server.Requests.ShouldAllBe(r => r.StartsWith("POST /chat/completions ", StringComparison.Ordinal) && r.Contains("\"stream\":true"));
        _run.Recorder.Of<RunEvent.AssistantMessage>().ToArray().ShouldBe([new RunEvent.AssistantMessage(0, string.Empty, 1), new RunEvent.AssistantMessage(1, Answer, 0)]);
        string.Concat(result.Messages.Where(m => m.Role == ChatRole.Assistant).Select(m => m.Text)).ShouldBe(Answer);
        var finished = _run.Recorder.Of<RunEvent.ToolFinished>().ShouldHaveSingleItem();
        (finished.Id, finished.Name, finished.Outcome, finished.Output).ShouldBe(("call_1", "read_file", ToolOutcome.Succeeded, ToolOutput));

        // The last request carries the assistant's tool call, with its assembled arguments, and the tool's result.
        var last = Body(server.Requests[^1]);
        var call = last.GetProperty("messages").EnumerateArray().Single(m => m.TryGetProperty("tool_calls", out _)).GetProperty("tool_calls")[0];
        call.GetProperty("id").GetString().ShouldBe("call_1");
        JsonDocument.Parse(call.GetProperty("function").GetProperty("arguments").GetString()!).RootElement.GetProperty("path").GetString().ShouldBe("src/a.txt");
        var tool = ToolMessages(last).ShouldHaveSingleItem();
        tool.GetProperty("tool_call_id").GetString().ShouldBe("call_1");
        tool.GetProperty("content").GetRawText().ShouldContain(ToolOutput);
        server.Requests.Take(requests - 1).ShouldAllBe(r => !r.Contains("\"role\":\"tool\""));
    }

    [Fact]
    public async Task A_tool_turn_then_a_text_turn_ends_done_and_sends_the_tool_result_back()
    {
        await using var server = new OpenAILoopbackServer(ValidToolThenText);

        var result = await _run.RunAsync(Runner(server));

        ShouldHaveRunToolThenText(result, server, requests: 2);
        _run.Recorder.Of<RunEvent.ModelRetry>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_fault_before_the_first_content_is_retried_and_the_run_ends_done_with_the_text_once()
    {
        // Refused (not listening yet), then reset, 503, an in-stream error after the first chunk, 429 with retry-after: 3.
        await using var server = OpenAILoopbackServer.Refusing(ValidToolThenText, ResetBeforeResponse, ServiceUnavailable503, InStreamErrorBeforeContent, RateLimited429);

        var result = await _run.RunAsync(Runner(server));

        ShouldHaveRunToolThenText(result, server, requests: 6);
        _run.Recorder.Of<RunEvent.ModelRetry>().Select(r => (r.Turn, r.Attempt, r.DelayMs)).ShouldBe([(0u, 0, 1000L), (0u, 1, 2000L), (0u, 2, 4000L), (0u, 3, 8000L), (0u, 4, 3000L)]);
        _run.Time.Elapsed.ShouldBe(TimeSpan.FromSeconds(18));
        var events = _run.Recorder.Events.ToList();
        events.FindLastIndex(e => e is RunEvent.ModelRetry).ShouldBeLessThan(events.FindIndex(e => e is RunEvent.AssistantMessage));
    }

    [Theory]
    [InlineData(ResetBeforeResponse, 1000)]
    [InlineData(ServiceUnavailable503, 1000)]
    [InlineData(InStreamErrorBeforeContent, 1000)]
    [InlineData(RateLimited429, 3000)]
    public async Task Each_fault_alone_costs_one_retry_with_its_delay(OpenAIFault fault, long delayMs)
    {
        await using var server = new OpenAILoopbackServer(ValidToolThenText, fault);

        var result = await _run.RunAsync(Runner(server));

        ShouldHaveRunToolThenText(result, server, requests: 3);
        var retry = _run.Recorder.Of<RunEvent.ModelRetry>().ShouldHaveSingleItem();
        (retry.Turn, retry.Attempt, retry.DelayMs).ShouldBe((0u, 0, delayMs));
    }

    [Fact]
    public async Task A_connection_dropped_after_content_fails_the_turn_without_replaying_it()
    {
        await using var server = new OpenAILoopbackServer([OpenAILoopbackServer.TextAnswer(AnswerDeltas)], CutAfterFirstDelta);

        var result = await _run.RunAsync(Runner(server));

        // Text reached the run, so nothing is retried (a retry would duplicate it): the run fails with the cut.
        result.Status.ShouldBeOfType<RunFinalStatus.Failed>();
        server.Requests.Count.ShouldBe(1);
        _run.Recorder.Of<RunEvent.ModelRetry>().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_authentication_error_is_not_retried_and_fails_the_run()
    {
        await using var server = new OpenAILoopbackServer(ValidToolThenText, Unauthorized401);

        var result = await _run.RunAsync(Runner(server));

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("401");
        server.Requests.Count.ShouldBe(1);
        _run.ToolRuns.ShouldBe(0);
        _run.Recorder.Of<RunEvent.ModelRetry>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Server_errors_beyond_the_retries_fail_the_run_after_exactly_the_allowed_requests()
    {
        await using var server = new OpenAILoopbackServer(ValidToolThenText, ServiceUnavailable503, ServiceUnavailable503, ServiceUnavailable503, ServiceUnavailable503);

        var result = await _run.RunAsync(Runner(server, new RetryPolicy { MaxRetries = 2, BaseDelay = Policy.BaseDelay, MaxDelay = Policy.MaxDelay }));

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("503");
        server.Requests.Count.ShouldBe(3);
        _run.Recorder.Of<RunEvent.ModelRetry>().Select(r => r.DelayMs).ShouldBe([1000L, 2000L]);
        _run.ToolRuns.ShouldBe(0);
    }

    [Fact]
    public async Task Malformed_tool_arguments_are_reported_to_the_model_and_the_tool_is_not_run()
    {
        await using var server = new OpenAILoopbackServer(ToolThenText("{\"path\": \"src/", "a.txt\", oops}"));

        var result = await _run.RunAsync(Runner(server));

        // No tool succeeded, so the closing answer is not evidence of work done: imp-core's rules end it as no follow-up.
        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        _run.ToolRuns.ShouldBe(0);
        server.Requests.Count.ShouldBe(2);
        var finished = _run.Recorder.Of<RunEvent.ToolFinished>().ShouldHaveSingleItem();
        finished.Outcome.ShouldBe(ToolOutcome.InvalidArguments);
        finished.Output.ShouldStartWith("Tool 'read_file' was not run: its arguments could not be read as a JSON object (");
        var tool = ToolMessages(Body(server.Requests[1])).ShouldHaveSingleItem();
        tool.GetProperty("tool_call_id").GetString().ShouldBe("call_1");
        tool.GetProperty("content").GetRawText().ShouldContain("was not run");
    }
}
