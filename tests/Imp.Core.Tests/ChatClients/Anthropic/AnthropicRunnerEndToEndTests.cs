using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Anthropic.Exceptions;
using Imp.Core.Tests.ChatClients.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;
using static Imp.Core.Tests.ChatClients.Anthropic.AnthropicFault;
using static Imp.Core.Tests.ChatClients.Support.SdkRunHarness;

namespace Imp.Core.Tests.ChatClients.Anthropic;

/// <summary>
/// The official Anthropic SDK's <see cref="IChatClient"/> (its own retries off) driven by a <see cref="TurnRunner"/> against
/// <see cref="AnthropicLoopbackServer"/>: a tool turn, then a text turn, through injected faults. The runner's retry
/// delays run on a manual clock that moves only while a reported retry is waiting, so nothing sleeps and no tool
/// timeout can fire; the network is real.
/// </summary>
public sealed class AnthropicRunnerEndToEndTests
{
    /// <summary>The SDK's type for an SSE <c>error</c> event, which the default translation cannot know.</summary>
    private static readonly Func<Exception, Exception?> SseErrors = static error => error switch
    {
        AnthropicSseException sse when sse.Type?.Raw() == "overloaded_error" => new ProviderException(sse.Message, (HttpStatusCode)529, sse),
        _ => null,
    };

    private readonly SdkRunHarness _run = new();

    private static IReadOnlyList<Func<string, string>> ToolThenText(params string[] partialJson) =>
    [
        AnthropicLoopbackServer.ToolUseAnswer("toolu_1", "read_file", partialJson),
        AnthropicLoopbackServer.TextAnswer(AnswerDeltas),
    ];

    private static IReadOnlyList<Func<string, string>> ValidToolThenText => ToolThenText("{\"pa", "th\": \"src/", "a.txt\"}");

    private TurnRunner Runner(AnthropicLoopbackServer server, RetryPolicy? policy = null)
    {
        var anthropic = new global::Anthropic.AnthropicClient
        {
            BaseUrl = server.BaseUrl,
            ApiKey = "test-key",
            MaxRetries = 0,
            Timeout = Bound,
            Handlers = [new HttpFailureCaptureHandler()],
        };
        var options = _run.Options(server, policy, SseErrors);
        options.ChatOptions = new ChatOptions { MaxOutputTokens = 256 };
        return new TurnRunner(anthropic.AsIChatClient("claude-test"), new ToolRegistry([_run.ReadFile]), options);
    }

    private static string AssistantText(RunResult result) =>
        string.Concat(result.Messages.Where(m => m.Role == ChatRole.Assistant).Select(m => m.Text));

    /// <summary>The <c>tool_result</c> blocks of the last user message of a request body.</summary>
    private static JsonElement[] ToolResults(JsonElement body) =>
    [
        .. body.GetProperty("messages").EnumerateArray().Last().GetProperty("content").EnumerateArray()
            .Where(block => block.GetProperty("type").GetString() == "tool_result"),
    ];

    private void ShouldHaveRunToolThenText(RunResult result, AnthropicLoopbackServer server, int requests)
    {
        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        result.Turns.ShouldBe(2u);
        _run.ToolRuns.ShouldBe(1);
        server.Requests.Count.ShouldBe(requests);
        server.Requests.ShouldAllBe(r => r.StartsWith("POST /v1/messages ", StringComparison.Ordinal) && r.Contains("\"stream\":true"));

        // Turn 0 is the tool call alone; turn 1 the text, once, exactly as streamed.
        var messages = _run.Recorder.Of<RunEvent.AssistantMessage>().ToArray();
        messages.ShouldBe([new RunEvent.AssistantMessage(0, string.Empty, 1), new RunEvent.AssistantMessage(1, Answer, 0)]);
        AssistantText(result).ShouldBe(Answer);
        result.Messages[^1].Role.ShouldBe(ChatRole.Assistant);

        var finished = _run.Recorder.Of<RunEvent.ToolFinished>().ShouldHaveSingleItem();
        (finished.Id, finished.Name, finished.Outcome, finished.Output).ShouldBe(("toolu_1", "read_file", ToolOutcome.Succeeded, ToolOutput));

        // The last request carries the tool_use back, with its assembled input, and its tool_result.
        var last = Body(server.Requests[^1]);
        var toolUse = last.GetProperty("messages").EnumerateArray()
            .SelectMany(m => m.GetProperty("content").ValueKind == JsonValueKind.Array ? m.GetProperty("content").EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Single(block => block.GetProperty("type").GetString() == "tool_use");
        toolUse.GetProperty("id").GetString().ShouldBe("toolu_1");
        toolUse.GetProperty("input").GetProperty("path").GetString().ShouldBe("src/a.txt");
        var toolResult = ToolResults(last).ShouldHaveSingleItem();
        toolResult.GetProperty("tool_use_id").GetString().ShouldBe("toolu_1");
        toolResult.GetProperty("content").GetRawText().ShouldContain(ToolOutput);
        toolResult.GetProperty("is_error").GetBoolean().ShouldBeFalse();

        // Every request before it was of turn 0: no tool_result yet.
        server.Requests.Take(requests - 1).ShouldAllBe(r => !r.Contains("tool_result"));
    }

    [Fact]
    public async Task A_tool_turn_then_a_text_turn_ends_done_and_sends_the_tool_result_back()
    {
        await using var server = new AnthropicLoopbackServer(ValidToolThenText);

        var result = await _run.RunAsync(Runner(server));

        ShouldHaveRunToolThenText(result, server, requests: 2);
        _run.Recorder.Of<RunEvent.ModelRetry>().ShouldBeEmpty();
        _run.Time.Elapsed.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task Every_fault_before_the_first_content_is_retried_and_the_run_ends_done_with_the_text_once()
    {
        // Refused (not listening yet), then reset, 529, SSE overloaded_error after message_start, 429 with retry-after: 3.
        await using var server = AnthropicLoopbackServer.Refusing(ValidToolThenText, ResetBeforeResponse, Overloaded529, SseOverloadedBeforeContent, RateLimited429);

        var result = await _run.RunAsync(Runner(server));

        // The refused connection never reached the server: 4 faulted requests, then the two turns.
        ShouldHaveRunToolThenText(result, server, requests: 6);
        var retries = _run.Recorder.Of<RunEvent.ModelRetry>().ToArray();
        retries.Select(r => (r.Turn, r.Attempt, r.DelayMs)).ShouldBe([(0u, 0, 1000L), (0u, 1, 2000L), (0u, 2, 4000L), (0u, 3, 8000L), (0u, 4, 3000L)]);
        _run.Time.Elapsed.ShouldBe(TimeSpan.FromSeconds(18));

        // Each retry happened before the turn's message: nothing of a failed attempt is in it.
        var events = _run.Recorder.Events.ToList();
        events.FindLastIndex(e => e is RunEvent.ModelRetry).ShouldBeLessThan(events.FindIndex(e => e is RunEvent.AssistantMessage));
    }

    [Theory]
    [InlineData(ResetBeforeResponse, 1000, 3)]
    [InlineData(Overloaded529, 1000, 3)]
    [InlineData(SseOverloadedBeforeContent, 1000, 3)]
    [InlineData(RateLimited429, 3000, 3)]
    public async Task Each_fault_alone_costs_one_retry_with_its_delay(AnthropicFault fault, long delayMs, int requests)
    {
        await using var server = new AnthropicLoopbackServer(ValidToolThenText, fault);

        var result = await _run.RunAsync(Runner(server));

        ShouldHaveRunToolThenText(result, server, requests);
        var retry = _run.Recorder.Of<RunEvent.ModelRetry>().ShouldHaveSingleItem();
        (retry.Turn, retry.Attempt, retry.DelayMs).ShouldBe((0u, 0, delayMs));
    }

    [Fact]
    public async Task A_refused_connection_alone_is_retried_and_never_reaches_the_server()
    {
        await using var server = AnthropicLoopbackServer.Refusing(ValidToolThenText);

        var result = await _run.RunAsync(Runner(server));

        ShouldHaveRunToolThenText(result, server, requests: 2);
        var retry = _run.Recorder.Of<RunEvent.ModelRetry>().ShouldHaveSingleItem();
        (retry.Turn, retry.Attempt, retry.DelayMs).ShouldBe((0u, 0, 1000L));
    }

    [Fact]
    public async Task An_authentication_error_is_not_retried_and_fails_the_run()
    {
        await using var server = new AnthropicLoopbackServer(ValidToolThenText, Unauthorized401);

        var result = await _run.RunAsync(Runner(server));

        var failed = result.Status.ShouldBeOfType<RunFinalStatus.Failed>();
        failed.Message.ShouldStartWith("The model could not be sampled: ");
        failed.Message.ShouldContain("authentication_error");
        server.Requests.Count.ShouldBe(1);
        result.Turns.ShouldBe(1u);
        _run.ToolRuns.ShouldBe(0);
        _run.Recorder.Of<RunEvent.ModelRetry>().ShouldBeEmpty();
        _run.Recorder.Of<RunEvent.ModelFailed>().ShouldHaveSingleItem().Turn.ShouldBe(0u);
        _run.Recorder.Of<RunEvent.AssistantMessage>().ShouldBeEmpty();
        result.Messages.ShouldNotContain(m => m.Role == ChatRole.Assistant);
    }

    [Fact]
    public async Task Overloaded_beyond_the_retries_fails_the_run_after_exactly_the_allowed_requests()
    {
        await using var server = new AnthropicLoopbackServer(ValidToolThenText, Overloaded529, Overloaded529, Overloaded529, Overloaded529);

        var result = await _run.RunAsync(Runner(server, new RetryPolicy { MaxRetries = 2, BaseDelay = Policy.BaseDelay, MaxDelay = Policy.MaxDelay }));

        var failed = result.Status.ShouldBeOfType<RunFinalStatus.Failed>();
        failed.Message.ShouldContain("overloaded_error");
        server.Requests.Count.ShouldBe(3);
        _run.Recorder.Of<RunEvent.ModelRetry>().Select(r => r.DelayMs).ShouldBe([1000L, 2000L]);
        _run.Recorder.Of<RunEvent.ModelFailed>().ShouldHaveSingleItem();
        _run.ToolRuns.ShouldBe(0);
    }

    [Fact]
    public async Task Malformed_tool_input_is_reported_to_the_model_and_the_tool_is_not_run()
    {
        await using var server = new AnthropicLoopbackServer(ToolThenText("{\"path\": \"src/", "a.txt\", oops}"));

        var result = await _run.RunAsync(Runner(server));

        result.Status.ShouldBe(new RunFinalStatus.Done(StopReason.NoAutomaticFollowUp));
        _run.ToolRuns.ShouldBe(0);
        server.Requests.Count.ShouldBe(2);
        var finished = _run.Recorder.Of<RunEvent.ToolFinished>().ShouldHaveSingleItem();
        finished.Outcome.ShouldBe(ToolOutcome.InvalidArguments);
        finished.Output.ShouldStartWith("Tool 'read_file' was not run: its arguments could not be read as a JSON object (");

        var toolResult = ToolResults(Body(server.Requests[1])).ShouldHaveSingleItem();
        toolResult.GetProperty("tool_use_id").GetString().ShouldBe("toolu_1");
        toolResult.GetProperty("content").GetRawText().ShouldContain("was not run");
        toolResult.GetProperty("is_error").GetBoolean().ShouldBeTrue();

        // The SDK reports the unparseable input as FunctionCallContent.Exception with no arguments; the tool_use sent
        // back carries an empty input object.
        finished.Output.ShouldContain("Error parsing function call arguments");
        var toolUse = Body(server.Requests[1]).GetProperty("messages")[1].GetProperty("content")[0];
        (toolUse.GetProperty("type").GetString(), toolUse.GetProperty("id").GetString()).ShouldBe(("tool_use", "toolu_1"));
        toolUse.GetProperty("input").GetRawText().ShouldBe("{}");
        AssistantText(result).ShouldBe(Answer);
    }
}
