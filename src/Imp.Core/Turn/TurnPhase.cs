using System.Text.Json.Serialization;

namespace Imp;

/// <summary>Where the runtime is within one agent turn: mechanical position, not the reason to go on or stop (that is <see cref="ContinueReason"/> and <see cref="StopReason"/>).</summary>
[WireEnum]
[JsonConverter(typeof(TurnPhaseJsonConverter))]
public enum TurnPhase
{
    /// <summary>Taking in commands (steer, follow-up, cancel) queued since the last turn.</summary>
    ReceiveCommands,

    /// <summary>Running the hooks and checks that precede a turn.</summary>
    PreTurn,

    /// <summary>Assembling the context sent to the model.</summary>
    BuildContext,

    /// <summary>Streaming the model's response.</summary>
    SampleModel,

    /// <summary>Closing the assistant message the stream produced.</summary>
    FinalizeAssistantMessage,

    /// <summary>Turning the model's tool calls into a <see cref="ToolExecutionMode"/> plan.</summary>
    PlanTools,

    /// <summary>Running the planned tool calls.</summary>
    ExecuteTools,

    /// <summary>Recording tool results, or a stream error, as observations.</summary>
    RecordObservations,

    /// <summary>Judging what the turn achieved.</summary>
    AssessTurn,

    /// <summary>Choosing to continue with a reason or to finish with a status.</summary>
    DecideNext,

    /// <summary>The run is over.</summary>
    Finish,
}
