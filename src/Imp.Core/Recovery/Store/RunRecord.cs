using System.Text.Json;

namespace Imp;

/// <summary>
/// What a run store holds for a run: everything a run needs to continue in another process. One JSON object per record,
/// in imp's wire format, each naming its run (<c>{"type":"checkpoint_recorded","run_id":"run_…","checkpoint":{…}}</c>).
/// </summary>
[WireUnion]
public abstract partial record RunRecord
{
    /// <summary>The run started.</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Prompt">The user's first message.</param>
    public sealed partial record RunStarted(string RunId, string Prompt) : RunRecord;

    /// <summary>A message was added to the conversation (the system prompt, user messages, the model's, tool results).</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Turn">The turn during which it was added.</param>
    /// <param name="Message">The Microsoft.Extensions.AI <c>ChatMessage</c>, as its own JSON serialization writes it.</param>
    public sealed partial record MessageAdded(string RunId, uint Turn, JsonElement Message) : RunRecord;

    /// <summary>A recovery checkpoint; the store makes it durable (flushed to disk) before the run goes on.</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Checkpoint">The checkpoint, in imp-core's shape.</param>
    public sealed partial record CheckpointRecorded(string RunId, RecoveryCheckpoint Checkpoint) : RunRecord;

    /// <summary>A tool call ended: its result, kept so that a resumed run never runs a finished call again.</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Turn">The turn.</param>
    /// <param name="Index">The call's position in the model's message.</param>
    /// <param name="Id">The call's id.</param>
    /// <param name="Name">The tool's name.</param>
    /// <param name="Outcome">How it ended.</param>
    /// <param name="Output">What the model reads.</param>
    /// <param name="DurationMs">How long it took, in milliseconds.</param>
    public sealed partial record ToolFinished(string RunId, uint Turn, ulong Index, string Id, string Name, ToolOutcome Outcome, string Output, long DurationMs) : RunRecord;

    /// <summary>A turn ended with the loop's decision, and the turn's state.</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Turn">The turn.</param>
    /// <param name="Decision">What the loop decided.</param>
    /// <param name="State">The turn's state as it ended (phase, counts, continue reason).</param>
    public sealed partial record TurnEnded(string RunId, uint Turn, LoopDecision Decision, TurnState State) : RunRecord;

    /// <summary>The run ended; a run with this record is not resumed.</summary>
    /// <param name="RunId">The run.</param>
    /// <param name="Status">The final status.</param>
    /// <param name="Turns">How many turns ran.</param>
    public sealed partial record RunFinished(string RunId, RunFinalStatus Status, uint Turns) : RunRecord;
}
