using System.Text.Json.Serialization;

namespace Imp;

/// <summary>How far a tool call got whose result never reached the conversation.</summary>
[WireEnum]
[JsonConverter(typeof(IncompleteToolStateJsonConverter))]
public enum IncompleteToolState
{
    /// <summary>Planned, never started.</summary>
    PlannedNotStarted,

    /// <summary>Started; whether it finished is unknown.</summary>
    StartedNotCompleted,

    /// <summary>Finished, but its result was not added to the conversation.</summary>
    CompletedNotAppended,
}
