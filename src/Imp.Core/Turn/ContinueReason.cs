using System.Text.Json.Serialization;

namespace Imp;

/// <summary>Why the agent may spend another turn. There is no anonymous continue: every continuation names its reason.</summary>
[WireEnum]
[JsonConverter(typeof(ContinueReasonJsonConverter))]
public enum ContinueReason
{
    /// <summary>Work must be written down (plan, notes, files) before going further.</summary>
    ExternalizationNeeded,

    /// <summary>The next step is clear and safe to take.</summary>
    HighConfidenceVisibleNextStep,

    /// <summary>Promised work has not been carried out yet.</summary>
    ExecutionDebt,

    /// <summary>Tool results came back and the model has not read them yet.</summary>
    ToolResultsNeedInterpretation,

    /// <summary>The user queued a follow-up message.</summary>
    QueuedUserFollowUp,

    /// <summary>Recovering from an interrupted or failed step.</summary>
    RecoveryContinuation,
}
