using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// Gathers a streamed response into imp's <see cref="AssistantMessage"/>: consecutive text (or reasoning) deltas make
/// one block, each tool call its own block, in stream order; the last usage, finish reason and creation time seen.
/// </summary>
internal sealed class MessageBuilder
{
    private readonly List<ContentBlock> _content = [];
    private readonly System.Text.StringBuilder _run = new();
    private bool _runIsThinking;
    private bool _sawToolCall;
    private UsageDetails? _usage;
    private ChatFinishReason? _finishReason;
    private DateTimeOffset? _createdAt;

    public void AddText(string text) => Append(text, thinking: false);

    public void AddThinking(string text) => Append(text, thinking: true);

    public void AddToolCall(StreamEvent.ToolCall call)
    {
        EndRun();
        _sawToolCall = true;
        _content.Add(new ContentBlock.ToolCallBlock(call.Id, call.Name, call.Arguments));
    }

    public void AddUsage(UsageDetails usage) => _usage = usage;

    public void Update(ChatFinishReason? finishReason, DateTimeOffset? createdAt)
    {
        _finishReason = finishReason ?? _finishReason;
        _createdAt = createdAt ?? _createdAt;
    }

    public AssistantMessage Build(TimeProvider clock)
    {
        EndRun();
        DateTimeOffset createdAt = _createdAt ?? clock.GetUtcNow();
        return new AssistantMessage
        {
            Content = _content.ToArray(),
            Usage = _usage is null ? null : new Usage
            {
                InputTokens = Count(_usage.InputTokenCount),
                OutputTokens = Count(_usage.OutputTokenCount),
                CacheReadTokens = Count(_usage.CachedInputTokenCount),
                CacheWriteTokens = 0,
            },
            StopReason = StopReasonOf(_finishReason, _sawToolCall),
            Timestamp = (ulong)Math.Max(0, createdAt.ToUnixTimeSeconds()),
        };
    }

    /// <summary>
    /// Microsoft.Extensions.AI's finish reason as imp-llm's: stop → <c>EndTurn</c>, tool calls → <c>ToolUse</c>, length
    /// → <c>MaxTokens</c>, anything else (a content filter) → <c>Error</c> naming it; none given → <c>ToolUse</c> after
    /// a tool call, else <c>EndTurn</c>.
    /// </summary>
    internal static ModelStopReason StopReasonOf(ChatFinishReason? reason, bool sawToolCall)
    {
        if (reason is not { } given)
        {
            return sawToolCall ? new ModelStopReason.ToolUse() : new ModelStopReason.EndTurn();
        }

        if (given == ChatFinishReason.Stop)
        {
            return new ModelStopReason.EndTurn();
        }

        if (given == ChatFinishReason.ToolCalls)
        {
            return new ModelStopReason.ToolUse();
        }

        return given == ChatFinishReason.Length ? new ModelStopReason.MaxTokens() : new ModelStopReason.Error(given.Value);
    }

    // Usage counts are u32 in imp-llm: a provider's long is clamped into that range.
    private static uint Count(long? count) => (uint)Math.Clamp(count ?? 0, 0, uint.MaxValue);

    private void Append(string text, bool thinking)
    {
        if (_run.Length > 0 && _runIsThinking != thinking)
        {
            EndRun();
        }

        _runIsThinking = thinking;
        _run.Append(text);
    }

    private void EndRun()
    {
        if (_run.Length == 0)
        {
            return;
        }

        string text = _run.ToString();
        _content.Add(_runIsThinking ? new ContentBlock.ThinkingBlock(text) : new ContentBlock.TextBlock(text));
        _run.Clear();
    }
}
