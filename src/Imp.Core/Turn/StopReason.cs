using System.Text.Json.Serialization;

namespace Imp;

/// <summary>Why the runtime stopped on purpose.</summary>
[WireEnum]
[JsonConverter(typeof(StopReasonJsonConverter))]
public enum StopReason
{
    /// <summary>Nothing calls for another turn without the user.</summary>
    NoAutomaticFollowUp,

    /// <summary>No justified continuation was available.</summary>
    NoProgress,

    /// <summary>The agent kept repeating the same action.</summary>
    RepeatedAction,

    /// <summary>The user must act before work can go on.</summary>
    UserBlocker,

    /// <summary>The environment prevents the work (for example a required check is blocked).</summary>
    ExecutionBlocked,

    /// <summary>The task was broken down into parts and that is the deliverable.</summary>
    DecompositionCompleted,

    /// <summary>The work is done.</summary>
    WorkCompleted,
}
