using System.Text.Json.Serialization;

namespace Imp;

/// <summary>The points of a turn where imp-core records a <see cref="RecoveryCheckpoint"/>, in the order a turn reaches them.</summary>
[WireEnum]
[JsonConverter(typeof(RecoveryCheckpointKindJsonConverter))]
public enum RecoveryCheckpointKind
{
    /// <summary>The model is about to be sampled.</summary>
    ProviderRequestStart,

    /// <summary>The model's stream delivered a tool call (recorded as it arrives, before the message is complete).</summary>
    AssistantToolCallObserved,

    /// <summary>The model's message is complete and added to the conversation.</summary>
    AssistantMessageFinalized,

    /// <summary>A tool call was planned; <see cref="RecoveryCheckpoint.Success"/> holds whether it is safe to run again.</summary>
    ToolPlanCreated,

    /// <summary>A tool call is about to run: recorded before the tool is invoked.</summary>
    ToolExecutionStart,

    /// <summary>A tool call ended; <see cref="RecoveryCheckpoint.Success"/> says whether it succeeded.</summary>
    ToolExecutionEnd,

    /// <summary>A tool call's result is in the conversation.</summary>
    ToolResultAddedToContext,

    /// <summary>The model's stream ended with its terminal event.</summary>
    ProviderRequestCompleted,
}
