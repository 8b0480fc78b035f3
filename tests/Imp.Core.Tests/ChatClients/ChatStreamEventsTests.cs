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

        string[] events = await Lines(updates);

        events.ShouldBe([
            """{"type":"message_start","model":"claude-x"}""",
            """{"type":"thinking_delta","text":"Let me look."}""",
            """{"type":"text_delta","text":"Reading "}""",
            """{"type":"text_delta","text":"the file."}""",
            """{"type":"tool_call","id":"call_1","name":"read","arguments":{"path":"a.rs","lines":3}}""",
            """{"type":"message_end","stop_reason":"tool_calls","input_tokens":120,"output_tokens":7}""",
        ]);
    }

    [Fact]
    public async Task An_error_content_maps_to_an_error_event_that_stream_retry_recognises()
    {
        string[] events = await Lines([new(ChatRole.Assistant, [new ErrorContent("Overloaded") { ErrorCode = "overloaded_error" }])]);

        events[1].ShouldBe("""{"type":"error","message":"Overloaded","code":"overloaded_error","status":null}""");
        Exception inBand = StreamRetry.InBandError(new StreamEvent.Error("Overloaded", "overloaded_error", null)).ShouldNotBeNull();
        RetryClassifier.Classify(inBand).ShouldBe(RetryCondition.ServerError);
    }

    [Fact]
    public async Task An_empty_stream_maps_to_nothing_and_a_stream_without_usage_ends_with_nulls()
    {
        (await Lines([])).ShouldBeEmpty();
        (await Lines([new(ChatRole.Assistant, "x")]))[^1].ShouldBe("""{"type":"message_end","stop_reason":null,"input_tokens":null,"output_tokens":null}""");
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

    private static async Task<string[]> Lines(ChatResponseUpdate[] updates)
    {
        var lines = new List<string>();
        await foreach (StreamEvent streamEvent in ChatStreamEvents.FromUpdates(updates.ToAsyncEnumerable()))
        {
            lines.Add(JsonSerializer.Serialize(streamEvent, ImpJson.Options));
        }

        return [.. lines];
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
