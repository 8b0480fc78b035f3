using System;
using System.Globalization;
using System.Text.Json;

namespace Imp;

/// <summary>
/// One event of a model's streamed response: imp-llm's <c>StreamEvent</c>, tagged by <c>type</c> with the variant names
/// as written: <c>{"type":"TextDelta","text":"Hel"}</c>, <c>{"type":"MessageEnd","message":{…}}</c>,
/// <c>{"type":"Error","error":"overloaded_error: Overloaded"}</c>.
/// </summary>
[WireUnion(Naming = WireNaming.None)]
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

    /// <summary>The model calls a tool (complete, accumulated from the provider's deltas).</summary>
    /// <param name="Id">The call's id, echoed in its result.</param>
    /// <param name="Name">The tool's name.</param>
    /// <param name="Arguments">The arguments, any JSON value (serde_json's <c>Value</c>).</param>
    public sealed partial record ToolCall(string Id, string Name, JsonElement Arguments) : StreamEvent;

    /// <summary>The response ended; it carries the whole message.</summary>
    /// <param name="Message">The finished message: its blocks, usage, stop reason and time.</param>
    public sealed partial record MessageEnd(AssistantMessage Message) : StreamEvent;

    /// <summary>The provider reported an error inside the stream.</summary>
    /// <param name="Message">
    /// The error's text (the <c>error</c> field). The SDK writes a provider's error code first, as
    /// <c>code: message</c> (<see cref="From"/>), so that <see cref="Code"/> and <see cref="Status"/> can be read back.
    /// </param>
    public sealed partial record Error([WireName("error")] string Message) : StreamEvent
    {
        /// <summary>
        /// The provider's error code, when the text starts with one: the text before the first <c>": "</c>, if it has
        /// no white space (<c>overloaded_error</c>, <c>429</c>).
        /// </summary>
        public string? Code
        {
            get
            {
                int colon = Message.IndexOf(": ", StringComparison.Ordinal);
                return colon > 0 && Message.AsSpan(0, colon).IndexOfAny(" \t\r\n") < 0 ? Message[..colon] : null;
            }
        }

        /// <summary>The text after the <see cref="Code"/> and its <c>": "</c>, or the whole text when there is no code.</summary>
        public string Detail => Code is { } code ? Message[(code.Length + 2)..] : Message;

        /// <summary>The HTTP status the error stands for, when its <see cref="Code"/> is a number (<c>429</c>, <c>529</c>).</summary>
        public int? Status => int.TryParse(Code, NumberStyles.None, CultureInfo.InvariantCulture, out int status) ? status : null;

        /// <summary>An error event whose text is <c>code: message</c>, or the message alone when there is no code.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
        public static Error From(string? code, string message)
        {
            ArgumentNullException.ThrowIfNull(message);
            return new Error(string.IsNullOrWhiteSpace(code) ? message : $"{code}: {message}");
        }
    }
}
