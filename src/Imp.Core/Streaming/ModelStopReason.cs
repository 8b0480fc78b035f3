namespace Imp;

/// <summary>
/// Why the model stopped generating: imp-llm's <c>StopReason</c>, an externally tagged enum with its variant names as
/// written — <c>"EndTurn"</c>, <c>"ToolUse"</c>, <c>"MaxTokens"</c>, <c>{"Error":"message"}</c>.
/// </summary>
/// <remarks>
/// imp-core has a <c>StopReason</c> of its own (why the run stopped, <see cref="StopReason"/>), so this one is named
/// after what stopped: the model.
/// </remarks>
[WireUnion(Representation = WireRepresentation.ExternallyTagged, Naming = WireNaming.None)]
public abstract partial record ModelStopReason
{
    /// <summary>The response ended naturally.</summary>
    public sealed partial record EndTurn : ModelStopReason;

    /// <summary>The model wants tools called.</summary>
    public sealed partial record ToolUse : ModelStopReason;

    /// <summary>The response hit the output token limit.</summary>
    public sealed partial record MaxTokens : ModelStopReason;

    /// <summary>Generation failed.</summary>
    /// <param name="Message">What went wrong.</param>
    [WireNewtype]
    public sealed partial record Error(string Message) : ModelStopReason;
}
