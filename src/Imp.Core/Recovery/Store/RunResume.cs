using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>What a run's records say about where to go on: the conversation, the next turn and how far it got.</summary>
internal sealed class RunResume
{
    private RunResume(string runId, string prompt) => (RunId, Prompt) = (runId, prompt);

    public string RunId { get; }

    public string Prompt { get; }

    public List<ChatMessage> Messages { get; } = [];

    /// <summary>The run's end, when it already ended: nothing is left to do.</summary>
    public RunRecord.RunFinished? Finished { get; private set; }

    /// <summary>The turn to run next.</summary>
    public uint NextTurn { get; private set; }

    /// <summary>The decision of the last turn that ended, when it was a finish: only closeout is left.</summary>
    public RunFinalStatus? FinishWith { get; private set; }

    /// <summary>How far <see cref="NextTurn"/> got before the process died, or null when it must start over.</summary>
    public TurnProgress? Progress { get; private set; }

    /// <summary>Finished turns, for the assessor's memory: their calls and results.</summary>
    public List<(IReadOnlyList<StreamEvent.ToolCall> Calls, IReadOnlyList<ToolCallResult> Results)> FinishedTurns { get; } = [];

    public static async Task<RunResume> LoadAsync(IRunStore store, string runId, CancellationToken cancellationToken)
    {
        var records = new List<RunRecord>();
        await foreach (RunRecord record in store.ReadAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        string prompt = records.OfType<RunRecord.RunStarted>().FirstOrDefault()?.Prompt
            ?? throw new InvalidOperationException($"The run store holds no run '{runId}' to resume (no run_started record).");
        var resume = new RunResume(runId, prompt);
        resume.Build(records);
        return resume;
    }

    private void Build(List<RunRecord> records)
    {
        var results = new Dictionary<uint, Dictionary<string, ToolCallResult>>();
        var messages = new List<(uint Turn, ChatMessage Message)>();
        var ledger = new RecoveryLedger();
        RunRecord.TurnEnded? lastEnded = null;
        foreach (RunRecord record in records)
        {
            switch (record)
            {
                case RunRecord.MessageAdded added:
                    messages.Add((added.Turn, (ChatMessage)added.Message.Deserialize(RunMessages.Json.GetTypeInfo(typeof(ChatMessage)))!));
                    break;
                case RunRecord.ToolFinished tool:
                    ResultsOf(results, tool.Turn)[tool.Id] = new ToolCallResult(tool.Index, tool.Id, tool.Name, tool.Outcome, tool.Output, TimeSpan.FromMilliseconds(tool.DurationMs));
                    break;
                case RunRecord.CheckpointRecorded checkpoint:
                    ledger.Record(checkpoint.Checkpoint);
                    break;
                case RunRecord.TurnEnded ended:
                    lastEnded = ended;
                    break;
                case RunRecord.RunFinished finished:
                    Finished = finished;
                    break;
            }
        }

        NextTurn = lastEnded is null ? 0 : lastEnded.Turn + 1;
        FinishWith = (lastEnded?.Decision as LoopDecision.Finish)?.Status;
        foreach ((uint turn, ChatMessage message) in messages)
        {
            // Tool messages are rebuilt from their results, so a failed call is flagged as it was when first added.
            Messages.Add(message.Role == ChatRole.Tool ? RunMessages.ToolMessage(Ordered(ResultsOf(results, turn).Values)) : message);
            if (message.Role == ChatRole.Assistant && turn < NextTurn)
            {
                FinishedTurns.Add((RunMessages.CallsOf(message), Ordered(ResultsOf(results, turn).Values)));
            }
        }

        if (FinishWith is null && Finished is null)
        {
            Progress = TurnProgress.From(NextTurn, messages, ResultsOf(results, NextTurn), ledger);
        }
    }

    private static Dictionary<string, ToolCallResult> ResultsOf(Dictionary<uint, Dictionary<string, ToolCallResult>> results, uint turn)
    {
        if (!results.TryGetValue(turn, out Dictionary<string, ToolCallResult>? ofTurn))
        {
            results[turn] = ofTurn = new Dictionary<string, ToolCallResult>(StringComparer.Ordinal);
        }

        return ofTurn;
    }

    private static List<ToolCallResult> Ordered(IEnumerable<ToolCallResult> results) => [.. results.OrderBy(static r => r.Index)];
}

/// <summary>How far an interrupted turn got: its model message, the results known, and the calls that must not run blindly.</summary>
/// <param name="Assistant">The model's message, when it was finalized; null to sample again.</param>
/// <param name="AllResults">Every result, when they were all added to the conversation; null when tools are left to run.</param>
/// <param name="Known">Results of calls that finished, which are never run again.</param>
/// <param name="Unsafe">imp-core's reconciliation, when a mutable call started and its completion is unknown.</param>
internal sealed record TurnProgress(
    SampledMessage? Assistant,
    IReadOnlyList<ToolCallResult>? AllResults,
    IReadOnlyDictionary<string, ToolCallResult> Known,
    RecoveryReconciliation? Unsafe)
{
    public static TurnProgress? From(uint turn, List<(uint Turn, ChatMessage Message)> messages, Dictionary<string, ToolCallResult> known, RecoveryLedger ledger)
    {
        ChatMessage? assistant = messages.LastOrDefault(m => m.Turn == turn && m.Message.Role == ChatRole.Assistant).Message;
        if (assistant is null)
        {
            return null;
        }

        var sampled = new SampledMessage(assistant.Text, RunMessages.CallsOf(assistant), Error: null);
        if (messages.Any(m => m.Turn == turn && m.Message.Role == ChatRole.Tool))
        {
            return new TurnProgress(sampled, [.. known.Values.OrderBy(static r => r.Index)], known, null);
        }

        // A call whose start is on record but whose result is not may have changed the world: imp-core's ledger says
        // whether it may run again. A call planned but never started is run: its start is stored before it is invoked.
        RecoveryReconciliation reconciliation = ledger.ReconcileTurn(turn);
        bool blocked = reconciliation.UnsafeIncompleteTools.Any(t => t.State != IncompleteToolState.PlannedNotStarted && !known.ContainsKey(t.ToolCallId));
        return new TurnProgress(sampled, null, known, blocked ? reconciliation : null);
    }
}
