using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>Turns a Microsoft.Extensions.AI streaming response into imp's <see cref="StreamEvent"/>s.</summary>
public static class ChatStreamEvents
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    // Microsoft.Extensions.AI's defaults indent; arguments are kept compact, as the model sent them.
    private static readonly JsonSerializerOptions CompactOptions = CreateCompactOptions();

    /// <summary>
    /// Maps <paramref name="updates"/>: a <see cref="StreamEvent.MessageStart"/> with the first update, then a text delta
    /// per <see cref="TextContent"/>, a thinking delta per <see cref="TextReasoningContent"/>, a tool call per
    /// <see cref="FunctionCallContent"/>, an error per <see cref="ErrorContent"/>, and a <see cref="StreamEvent.MessageEnd"/>
    /// carrying the whole <see cref="AssistantMessage"/> (blocks, usage, stop reason, time) when the stream ends. An
    /// empty stream maps to nothing.
    /// </summary>
    /// <remarks>
    /// A tool call's arguments become a JSON object. When the provider could not parse the model's arguments
    /// (<see cref="FunctionCallContent.Exception"/>), they become a JSON string holding the parse error instead, which
    /// the tool executor reports to the model as <see cref="ToolOutcome.InvalidArguments"/> without running the tool.
    /// </remarks>
    /// <param name="updates">The chat client's streaming updates.</param>
    /// <param name="cancellationToken">Passed to the updates' enumerator.</param>
    /// <returns>The events, lazily, as the updates arrive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<StreamEvent> FromUpdates(IAsyncEnumerable<ChatResponseUpdate> updates, CancellationToken cancellationToken = default) =>
        FromUpdates(updates, timeProvider: null, cancellationToken);

    /// <inheritdoc cref="FromUpdates(IAsyncEnumerable{ChatResponseUpdate}, CancellationToken)"/>
    /// <param name="updates">The chat client's streaming updates.</param>
    /// <param name="timeProvider">
    /// The clock for the message's timestamp when the updates carry no <see cref="ChatResponseUpdate.CreatedAt"/>;
    /// <see cref="TimeProvider.System"/> when null.
    /// </param>
    /// <param name="cancellationToken">Passed to the updates' enumerator.</param>
    public static IAsyncEnumerable<StreamEvent> FromUpdates(IAsyncEnumerable<ChatResponseUpdate> updates, TimeProvider? timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        return Map(updates, timeProvider ?? TimeProvider.System, cancellationToken);
    }

    /// <summary>The arguments of <paramref name="call"/> as JSON: an object, or a string holding the parse error.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is <see langword="null"/>.</exception>
    public static JsonElement ArgumentsOf(FunctionCallContent call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Exception is { } error)
        {
            return JsonSerializer.SerializeToElement(error.Message, CompactOptions.GetTypeInfo(typeof(string)));
        }

        return call.Arguments is null
            ? EmptyObject
            : JsonSerializer.SerializeToElement(call.Arguments, CompactOptions.GetTypeInfo(typeof(IDictionary<string, object?>)));
    }

    /// <summary>
    /// The reverse of <see cref="ArgumentsOf"/>: a tool call's JSON arguments as the dictionary a
    /// <see cref="FunctionCallContent"/> holds (each value a <see cref="JsonElement"/>), or <see langword="null"/> when
    /// they are not a JSON object (arguments that did not parse).
    /// </summary>
    public static Dictionary<string, object?>? ArgumentsDictionary(JsonElement arguments)
    {
        if (arguments.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in arguments.EnumerateObject())
        {
            dictionary[property.Name] = property.Value.Clone();
        }

        return dictionary;
    }

    /// <summary>
    /// An error content as imp's error event: <c>code: message</c> (with the details, when given, in parentheses), so
    /// that <see cref="StreamEvent.Error.Code"/> and <see cref="StreamEvent.Error.Status"/> read the code back.
    /// </summary>
    internal static StreamEvent.Error ErrorEvent(ErrorContent error)
    {
        string message = string.IsNullOrEmpty(error.Details) ? error.Message : $"{error.Message} ({error.Details})";
        return StreamEvent.Error.From(error.ErrorCode, message);
    }

    private static async IAsyncEnumerable<StreamEvent> Map(IAsyncEnumerable<ChatResponseUpdate> updates, TimeProvider timeProvider, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        MessageBuilder? message = null;
        await foreach (ChatResponseUpdate update in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (message is null)
            {
                message = new MessageBuilder();
                yield return new StreamEvent.MessageStart(update.ModelId ?? string.Empty);
            }

            foreach (AIContent content in update.Contents)
            {
                switch (content)
                {
                    case TextContent { Text.Length: > 0 } text:
                        message.AddText(text.Text);
                        yield return new StreamEvent.TextDelta(text.Text);
                        break;
                    case TextReasoningContent { Text.Length: > 0 } reasoning:
                        message.AddThinking(reasoning.Text);
                        yield return new StreamEvent.ThinkingDelta(reasoning.Text);
                        break;
                    case FunctionCallContent call:
                        var toolCall = new StreamEvent.ToolCall(call.CallId, call.Name, ArgumentsOf(call));
                        message.AddToolCall(toolCall);
                        yield return toolCall;
                        break;
                    case ErrorContent error:
                        yield return ErrorEvent(error);
                        break;
                    case UsageContent usage:
                        message.AddUsage(usage.Details);
                        break;
                }
            }

            message.Update(update.FinishReason, update.CreatedAt);
        }

        if (message is not null)
        {
            yield return new StreamEvent.MessageEnd(message.Build(timeProvider));
        }
    }

    private static JsonSerializerOptions CreateCompactOptions()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }
}
