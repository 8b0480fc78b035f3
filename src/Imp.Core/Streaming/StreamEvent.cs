using System.Text.Json;

namespace Imp;

/// <summary>One event of a model's streamed response.</summary>
[WireUnion]
public abstract partial record StreamEvent
{
    /// <summary>The response started: a preamble, buffered by the stream retry until something meaningful follows.</summary>
    /// <param name="Model">The model that answers.</param>
    public sealed partial record MessageStart(string Model) : StreamEvent;

    /// <summary>A piece of the answer's text.</summary>
    /// <param name="Text">The text, to append to what came before.</param>
    public sealed partial record TextDelta(string Text) : StreamEvent;

    /// <summary>A piece of the model's reasoning.</summary>
    /// <param name="Text">The text, to append to what came before.</param>
    public sealed partial record ThinkingDelta(string Text) : StreamEvent;

    /// <summary>The model calls a tool.</summary>
    /// <param name="Id">The call's id, echoed in its result.</param>
    /// <param name="Name">The tool's name.</param>
    /// <param name="Arguments">The arguments, as JSON.</param>
    public sealed partial record ToolCall(string Id, string Name, JsonElement Arguments) : StreamEvent;

    /// <summary>The response ended.</summary>
    /// <param name="StopReason">Why the provider stopped (for example <c>end_turn</c>, <c>tool_use</c>), when it says.</param>
    /// <param name="InputTokens">Tokens read, when reported.</param>
    /// <param name="OutputTokens">Tokens written, when reported.</param>
    public sealed partial record MessageEnd(string? StopReason, long? InputTokens, long? OutputTokens) : StreamEvent;

    /// <summary>The provider reported an error inside the stream.</summary>
    /// <param name="Message">The provider's message.</param>
    /// <param name="Code">The provider's error type (for example <c>overloaded_error</c>), when given.</param>
    /// <param name="Status">The HTTP status the error stands for, when known (529 for overloaded).</param>
    public sealed partial record Error(string Message, string? Code, int? Status) : StreamEvent;
}
