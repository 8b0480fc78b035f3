using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Streaming;

/// <summary>imp-llm's message.rs tests, carried over: each message and block survives a round trip through JSON.</summary>
public sealed class MessageTests
{
    [Fact]
    public void A_user_message_round_trips()
    {
        Message restored = RoundTrip(new Message.User(new UserMessage { Content = [new ContentBlock.TextBlock("Hello")], Timestamp = 1_700_000_000 }));

        UserMessage user = restored.ShouldBeOfType<Message.User>().Value;
        user.Timestamp.ShouldBe(1_700_000_000UL);
        user.Content.ShouldBe([new ContentBlock.TextBlock("Hello")]);
    }

    [Fact]
    public void An_assistant_message_round_trips()
    {
        Message restored = RoundTrip(new Message.Assistant(new AssistantMessage
        {
            Content = [new ContentBlock.TextBlock("Sure!"), new ContentBlock.ThinkingBlock("Let me think...")],
            Usage = new Usage { InputTokens = 100, OutputTokens = 50 },
            StopReason = new ModelStopReason.EndTurn(),
            Timestamp = 1_700_000_001,
        }));

        AssistantMessage assistant = restored.ShouldBeOfType<Message.Assistant>().Value;
        assistant.Content.Count.ShouldBe(2);
        assistant.StopReason.ShouldBe(new ModelStopReason.EndTurn());
        assistant.Usage.ShouldNotBeNull().InputTokens.ShouldBe(100u);
    }

    [Fact]
    public void A_tool_result_round_trips_with_its_details()
    {
        using JsonDocument details = JsonDocument.Parse("""{"path":"/tmp/test"}""");
        Message restored = RoundTrip(new Message.ToolResult(new ToolResultMessage
        {
            ToolCallId = "call_123",
            ToolName = "read_file",
            Content = [new ContentBlock.TextBlock("file contents")],
            IsError = false,
            Details = details.RootElement.Clone(),
            Timestamp = 1_700_000_002,
        }));

        ToolResultMessage result = restored.ShouldBeOfType<Message.ToolResult>().Value;
        (result.ToolCallId, result.ToolName, result.IsError).ShouldBe(("call_123", "read_file", false));
        result.Details.GetProperty("path").GetString().ShouldBe("/tmp/test");
    }

    [Fact]
    public void A_tool_result_without_details_has_null_ones()
    {
        var result = new ToolResultMessage { ToolCallId = "call_err", ToolName = "bash", Content = [new ContentBlock.TextBlock("command not found")], IsError = true, Timestamp = 1_700_000_003 };

        result.Details.ValueKind.ShouldBe(JsonValueKind.Null);
        ToolResultMessage restored = RoundTrip(new Message.ToolResult(result)).ShouldBeOfType<Message.ToolResult>().Value;
        restored.IsError.ShouldBeTrue();
        restored.ToolCallId.ShouldBe("call_err");
        restored.Details.ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void An_empty_assistant_message_round_trips()
    {
        AssistantMessage restored = RoundTrip(new Message.Assistant(new AssistantMessage { Content = [], StopReason = new ModelStopReason.EndTurn(), Timestamp = 1_700_000_000 }))
            .ShouldBeOfType<Message.Assistant>().Value;

        restored.Content.ShouldBeEmpty();
        restored.Usage.ShouldBeNull();
        restored.StopReason.ShouldBe(new ModelStopReason.EndTurn());
    }

    [Fact]
    public void Each_content_block_reads_as_its_variant()
    {
        Read<ContentBlock>("""{"type":"text","text":"hello"}""").ShouldBe(new ContentBlock.TextBlock("hello"));
        Read<ContentBlock>("""{"type":"thinking","text":"hmm"}""").ShouldBe(new ContentBlock.ThinkingBlock("hmm"));
        Read<ContentBlock>("""{"type":"tool_call","id":"t1","name":"bash","arguments":{}}""").ShouldBeOfType<ContentBlock.ToolCallBlock>().Id.ShouldBe("t1");
        Read<ContentBlock>("""{"type":"image","media_type":"image/jpeg","data":"abc"}""").ShouldBe(new ContentBlock.ImageBlock("image/jpeg", "abc"));
    }

    [Fact]
    public void Each_stop_reason_round_trips()
    {
        ModelStopReason[] reasons = [new ModelStopReason.EndTurn(), new ModelStopReason.ToolUse(), new ModelStopReason.MaxTokens(), new ModelStopReason.Error("rate_limit")];
        foreach (ModelStopReason reason in reasons)
        {
            RoundTrip(reason).ShouldBe(reason);
        }
    }

    private static T RoundTrip<T>(T value)
        where T : class => Read<T>(JsonSerializer.Serialize(value, ImpJson.Options));

    private static T Read<T>(string json)
        where T : class => JsonSerializer.Deserialize<T>(json, ImpJson.Options).ShouldNotBeNull();
}
