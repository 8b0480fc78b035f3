using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>The conversation's messages the runner builds, and reads back from a run store.</summary>
internal static class RunMessages
{
    public static JsonSerializerOptions Json => AIJsonUtilities.DefaultOptions;

    /// <summary>The model's message: its text, then its calls; null when it said nothing (providers refuse an empty message).</summary>
    public static ChatMessage? Assistant(SampledMessage sampled)
    {
        var contents = new List<AIContent>();
        if (sampled.Text.Length > 0)
        {
            contents.Add(new TextContent(sampled.Text));
        }

        foreach (StreamEvent.ToolCall call in sampled.Calls)
        {
            contents.Add(new FunctionCallContent(call.Id, call.Name, ChatStreamEvents.ArgumentsDictionary(call.Arguments)));
        }

        return contents.Count > 0 ? new ChatMessage(ChatRole.Assistant, contents) : null;
    }

    /// <summary>One message holding a turn's tool results.</summary>
    public static ChatMessage ToolMessage(IEnumerable<ToolCallResult> results) =>
        new(ChatRole.Tool, [.. results.Select(static r => (AIContent)ResultContent(r))]);

    /// <summary>The tool calls of a model's message, as the stream delivered them.</summary>
    public static List<StreamEvent.ToolCall> CallsOf(ChatMessage message) =>
        [.. message.Contents.OfType<FunctionCallContent>().Select(static c => new StreamEvent.ToolCall(c.CallId, c.Name, ChatStreamEvents.ArgumentsOf(c)))];

    // A call that did not succeed carries its failure too, so providers flag the result as an error (Anthropic's
    // is_error); the output, which says what went wrong, stays the result the model reads.
    private static FunctionResultContent ResultContent(ToolCallResult result) => new(result.Id, result.Output)
    {
        Exception = result.Outcome == ToolOutcome.Succeeded ? null : new InvalidOperationException(result.Output),
    };
}
