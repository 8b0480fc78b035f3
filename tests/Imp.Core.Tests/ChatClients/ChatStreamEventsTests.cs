using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Imp.Json;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.ChatClients;

/// <summary>Microsoft.Extensions.AI streaming updates as imp's stream events.</summary>
public sealed class ChatStreamEventsTests
{
    [Fact]
    public async Task A_streamed_answer_maps_to_start_deltas_calls_and_end()
    {
        ChatResponseUpdate[] updates =
        [
            new() { Role = ChatRole.Assistant, ModelId = "claude-x", ResponseId = "r1" },
            new(ChatRole.Assistant, [new TextReasoningContent("Let me look.")]),
            new(ChatRole.Assistant, "Reading "),
            new(ChatRole.Assistant, [new TextContent(""), new TextContent("the file.")]),
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "read", new Dictionary<string, object?> { ["path"] = "a.rs", ["lines"] = 3 })]),
            new(ChatRole.Assistant, [new UsageContent(new UsageDetails { InputTokenCount = 120, OutputTokenCount = 7 })]) { FinishReason = ChatFinishReason.ToolCalls },
        ];

        List<StreamEvent> events = await Events(updates);

        events.Take(5).Select(e => JsonSerializer.Serialize(e, ImpJson.Options)).ShouldBe([
            """{"type":"MessageStart","model":"claude-x"}""",
            """{"type":"ThinkingDelta","text":"Let me look."}""",
            """{"type":"TextDelta","text":"Reading "}""",
            """{"type":"TextDelta","text":"the file."}""",
            """{"type":"ToolCall","id":"call_1","name":"read","arguments":{"path":"a.rs","lines":3}}""",
        ]);
        AssistantMessage message = events[5].ShouldBeOfType<StreamEvent.MessageEnd>().Message;
        message.Content.Count.ShouldBe(3);
        message.Content[0].ShouldBe(new ContentBlock.ThinkingBlock("Let me look."));
        message.Content[1].ShouldBe(new ContentBlock.TextBlock("Reading the file."));
        var call = message.Content[2].ShouldBeOfType<ContentBlock.ToolCallBlock>();
        (call.Id, call.Name, call.Arguments.GetRawText()).ShouldBe(("call_1", "read", """{"path":"a.rs","lines":3}"""));
        message.Usage.ShouldBe(new Usage { InputTokens = 120, OutputTokens = 7 });
        message.StopReason.ShouldBe(new ModelStopReason.ToolUse());
        message.Timestamp.ShouldBe(1_700_000_000UL);
    }

    [Fact]
    public async Task An_error_content_maps_to_an_error_event_that_stream_retry_recognises()
    {
        List<StreamEvent> events = await Events([new(ChatRole.Assistant, [new ErrorContent("Overloaded") { ErrorCode = "overloaded_error" }])]);

        JsonSerializer.Serialize(events[1], ImpJson.Options).ShouldBe("""{"type":"Error","error":"overloaded_error: Overloaded"}""");
        var error = events[1].ShouldBeOfType<StreamEvent.Error>();
        (error.Code, error.Status).ShouldBe(("overloaded_error", (int?)null));
        Exception inBand = StreamRetry.InBandError(error).ShouldNotBeNull();
        RetryClassifier.Classify(inBand).ShouldBe(RetryCondition.ServerError);
    }

    [Fact]
    public async Task An_empty_stream_maps_to_nothing_and_a_stream_without_usage_ends_without_it()
    {
        (await Events([])).ShouldBeEmpty();
        AssistantMessage message = (await Events([new(ChatRole.Assistant, "x")]))[^1].ShouldBeOfType<StreamEvent.MessageEnd>().Message;
        message.Content.ShouldBe([new ContentBlock.TextBlock("x")]);
        message.Usage.ShouldBeNull();
        message.StopReason.ShouldBe(new ModelStopReason.EndTurn());
    }

    [Fact]
    public async Task The_message_time_is_the_providers_when_given_in_unix_seconds()
    {
        var createdAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 999, TimeSpan.Zero);
        AssistantMessage message = (await Events([new(ChatRole.Assistant, "x") { CreatedAt = createdAt }]))[^1]
            .ShouldBeOfType<StreamEvent.MessageEnd>().Message;
        message.Timestamp.ShouldBe((ulong)createdAt.ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("stop", "EndTurn")]
    [InlineData("tool_calls", "ToolUse")]
    [InlineData("length", "MaxTokens")]
    [InlineData("content_filter", "Error(content_filter)")]
    [InlineData(null, "EndTurn")]
    public void Finish_reasons_map_to_imp_llm_stop_reasons(string? finishReason, string expected)
    {
        ModelStopReason reason = MessageBuilder.StopReasonOf(finishReason is null ? null : new ChatFinishReason(finishReason), sawToolCall: false);
        (reason is ModelStopReason.Error error ? $"Error({error.Message})" : reason.GetType().Name).ShouldBe(expected);
        MessageBuilder.StopReasonOf(null, sawToolCall: true).ShouldBe(new ModelStopReason.ToolUse());
    }

    [Fact]
    public async Task Text_and_reasoning_runs_become_one_block_each_in_stream_order()
    {
        AssistantMessage message = (await Events([
            new(ChatRole.Assistant, "a"),
            new(ChatRole.Assistant, "b"),
            new(ChatRole.Assistant, [new TextReasoningContent("r")]),
            new(ChatRole.Assistant, "c"),
            new(ChatRole.Assistant, [new UsageContent(new UsageDetails { InputTokenCount = -5, OutputTokenCount = 5_000_000_000, CachedInputTokenCount = 3 })]),
        ]))[^1].ShouldBeOfType<StreamEvent.MessageEnd>().Message;

        message.Content.ShouldBe([new ContentBlock.TextBlock("ab"), new ContentBlock.ThinkingBlock("r"), new ContentBlock.TextBlock("c")]);
        message.Usage.ShouldBe(new Usage { InputTokens = 0, OutputTokens = uint.MaxValue, CacheReadTokens = 3 });
    }

    [Fact]
    public void Arguments_that_did_not_parse_become_a_string_with_the_error_and_none_become_an_empty_object()
    {
        var broken = FunctionCallContent.CreateFromParsedArguments("{\"path\":", "c", "read", json => JsonSerializer.Deserialize<Dictionary<string, object?>>(json));
        JsonElement failed = ChatStreamEvents.ArgumentsOf(broken);
        failed.ValueKind.ShouldBe(JsonValueKind.String);
        failed.GetString().ShouldNotBeNullOrEmpty();

        ChatStreamEvents.ArgumentsOf(new FunctionCallContent("c", "read")).GetRawText().ShouldBe("{}");
        Should.Throw<ArgumentNullException>(() => ChatStreamEvents.ArgumentsOf(null!));
        Should.Throw<ArgumentNullException>(() => ChatStreamEvents.FromUpdates(null!));
    }

    [Fact]
    public async Task Cancellation_reaches_the_updates()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (StreamEvent _ in ChatStreamEvents.FromUpdates(Endless(), cancellation.Token))
            {
            }
        });
    }

    private static async Task<List<StreamEvent>> Events(ChatResponseUpdate[] updates)
    {
        var events = new List<StreamEvent>();
        await foreach (StreamEvent streamEvent in ChatStreamEvents.FromUpdates(updates.ToAsyncEnumerable(), new FixedClock(), CancellationToken.None))
        {
            events.Add(streamEvent);
        }

        return events;
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> Endless([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, "x");
        }
    }
}
