using System.Text.Json;

namespace Imp;

/// <summary>
/// One block of a message's content: imp-llm's <c>ContentBlock</c>, tagged by <c>type</c>:
/// <c>{"type":"text","text":"Sure!"}</c>, <c>{"type":"tool_call","id":"tc_1","name":"bash","arguments":{"command":"ls"}}</c>.
/// </summary>
/// <remarks>The variants' C# names end in <c>Block</c> so that a field may share the name of imp's variant (a text block's <c>Text</c>).</remarks>
[WireUnion]
public abstract partial record ContentBlock
{
    /// <summary>Plain text.</summary>
    /// <param name="Text">The text.</param>
    [WireName("text")]
    public sealed partial record TextBlock(string Text) : ContentBlock;

    /// <summary>The model's reasoning.</summary>
    /// <param name="Text">The reasoning text.</param>
    [WireName("thinking")]
    public sealed partial record ThinkingBlock(string Text) : ContentBlock;

    /// <summary>A call the model asks for.</summary>
    /// <param name="Id">The call's id, echoed in its result.</param>
    /// <param name="Name">The tool's name.</param>
    /// <param name="Arguments">The arguments, any JSON value (serde_json's <c>Value</c>).</param>
    [WireName("tool_call")]
    public sealed partial record ToolCallBlock(string Id, string Name, JsonElement Arguments) : ContentBlock;

    /// <summary>An image, base64-encoded.</summary>
    /// <param name="MediaType">Its media type, for example <c>image/png</c>.</param>
    /// <param name="Data">The base64 data.</param>
    [WireName("image")]
    public sealed partial record ImageBlock(string MediaType, string Data) : ContentBlock;
}
