namespace Imp;

/// <summary>
/// A message of the conversation: imp-llm's <c>Message</c>, tagged by <c>role</c> (<c>user</c>, <c>assistant</c>,
/// <c>tool_result</c>), each variant holding its message's fields next to the tag:
/// <c>{"role":"user","content":[{"type":"text","text":"Hello"}],"timestamp":1700000000}</c>.
/// </summary>
[WireUnion(Tag = "role")]
public abstract partial record Message
{
    /// <summary>From the user.</summary>
    /// <param name="Value">The message.</param>
    [WireNewtype]
    public sealed partial record User(UserMessage Value) : Message;

    /// <summary>From the model.</summary>
    /// <param name="Value">The message.</param>
    [WireNewtype]
    public sealed partial record Assistant(AssistantMessage Value) : Message;

    /// <summary>A tool's result.</summary>
    /// <param name="Value">The result.</param>
    [WireNewtype]
    public sealed partial record ToolResult(ToolResultMessage Value) : Message;
}
