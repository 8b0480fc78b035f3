using System.Text.Json.Serialization;

namespace Imp;

/// <summary>
/// Where the runtime is within one agent turn: mechanical position, not the reason to go on or stop (that is
/// <see cref="ContinueReason"/> and <see cref="StopReason"/>).
/// </summary>
/// <remarks>
/// The legal order of a turn is generated into <see cref="TurnPhaseTransitions"/>: receive commands, pre-turn,
/// build context, sample the model, finalize its message, then either assess the turn or plan, execute and record
/// tools first; a stream error goes from sampling straight to recording it; after deciding, the next turn starts
/// or the run finishes. Cancellation and failure may finish from any phase.
/// </remarks>
[WireEnum]
[PhaseMachine]
[JsonConverter(typeof(TurnPhaseJsonConverter))]
public enum TurnPhase
{
    /// <summary>Taking in commands (steer, follow-up, cancel) queued since the last turn.</summary>
    [InitialPhase]
    [Next(PreTurn)]
    ReceiveCommands,

    /// <summary>Running the hooks and checks that precede a turn.</summary>
    [Next(BuildContext)]
    PreTurn,

    /// <summary>Assembling the context sent to the model.</summary>
    [Next(SampleModel)]
    BuildContext,

    /// <summary>Streaming the model's response.</summary>
    [Next(FinalizeAssistantMessage, RecordObservations)]
    SampleModel,

    /// <summary>Closing the assistant message the stream produced.</summary>
    [Next(AssessTurn, PlanTools)]
    FinalizeAssistantMessage,

    /// <summary>Turning the model's tool calls into a <see cref="ToolExecutionMode"/> plan.</summary>
    [Next(ExecuteTools)]
    PlanTools,

    /// <summary>Running the planned tool calls.</summary>
    [Next(RecordObservations)]
    ExecuteTools,

    /// <summary>Recording tool results, or a stream error, as observations.</summary>
    [Next(AssessTurn)]
    RecordObservations,

    /// <summary>Judging what the turn achieved.</summary>
    [Next(DecideNext)]
    AssessTurn,

    /// <summary>Choosing to continue with a reason or to finish with a status.</summary>
    [Next(ReceiveCommands)]
    DecideNext,

    /// <summary>The run is over.</summary>
    [TerminalPhase]
    [FromAnyPhase]
    Finish,
}
