using System;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// Records one run: its checkpoints (as events, and in the run store when there is one), its messages, tool results,
/// turn ends and end. Without a store and without observers it does nothing, and builds nothing.
/// </summary>
internal sealed class RunJournal(string runId, IRunLog? log, TimeProvider clock, Action<RunEvent>? emit) : IDisposable
{
    private static readonly JsonSerializerOptions MessageJson = AIJsonUtilities.DefaultOptions;

    public bool Stores => log is not null;

    /// <summary>Whether checkpoints go anywhere: a store or observers. When not, their arguments need not be computed.</summary>
    public bool Records => log is not null || emit is not null;

    public void Started(string prompt) => log?.Append(new RunRecord.RunStarted(runId, prompt), durable: true);

    public void Message(uint turn, ChatMessage message) =>
        log?.Append(new RunRecord.MessageAdded(runId, turn, JsonSerializer.SerializeToElement(message, MessageJson.GetTypeInfo(typeof(ChatMessage)))), durable: false);

    public void ToolFinished(uint turn, ToolCallResult result) =>
        log?.Append(new RunRecord.ToolFinished(runId, turn, result.Index, result.Id, result.Name, result.Outcome, result.Output, (long)result.Duration.TotalMilliseconds), durable: false);

    public void TurnEnded(TurnState turn, LoopDecision decision) => log?.Append(new RunRecord.TurnEnded(runId, turn.Index, decision, turn), durable: true);

    public void Finished(RunFinalStatus status, uint turns) => log?.Append(new RunRecord.RunFinished(runId, status, turns), durable: true);

    public void Checkpoint(uint turn, RecoveryCheckpointKind kind, bool? success = null) => Checkpoint(turn, kind, null, null, null, success, null);

    /// <summary>Records a checkpoint: stored durably first, then reported.</summary>
    public void Checkpoint(uint turn, RecoveryCheckpointKind kind, string? toolCallId, string? toolName, string? argsHash, bool? success, string? errorClass)
    {
        if (!Records)
        {
            return;
        }

        var checkpoint = new RecoveryCheckpoint(
            RecoveryCheckpoint.CurrentVersion, turn, kind, toolCallId, toolName, argsHash, success, errorClass, (ulong)clock.GetUtcNow().ToUnixTimeMilliseconds());
        log?.Append(new RunRecord.CheckpointRecorded(runId, checkpoint), durable: true);
        emit?.Invoke(new RunEvent.CheckpointRecorded(checkpoint) { RunId = runId });
    }

    /// <summary>The error class of a tool outcome, in imp-core's words where it has them.</summary>
    public static string? ErrorClass(ToolOutcome outcome) => outcome switch
    {
        ToolOutcome.Succeeded => null,
        ToolOutcome.InvalidArguments => "validation_error",
        ToolOutcome.TimedOut => "timeout",
        _ => "tool_error",
    };

    public void Dispose() => log?.Dispose();
}
