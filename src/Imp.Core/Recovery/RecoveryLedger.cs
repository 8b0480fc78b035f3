using System;
using System.Collections.Generic;

namespace Imp;

/// <summary>
/// A run's recovery checkpoints, in the order recorded, and imp-core's reconciliation of them: which tool calls of a
/// turn did not finish, and whether each may run again.
/// </summary>
/// <remarks>Not thread-safe: a run records its checkpoints one at a time.</remarks>
public sealed class RecoveryLedger
{
    private readonly List<RecoveryCheckpoint> _checkpoints;

    /// <summary>An empty ledger.</summary>
    public RecoveryLedger() => _checkpoints = [];

    /// <summary>A ledger holding <paramref name="checkpoints"/>, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="checkpoints"/> or one of them is <see langword="null"/>.</exception>
    public RecoveryLedger(IEnumerable<RecoveryCheckpoint> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        _checkpoints = [];
        foreach (RecoveryCheckpoint checkpoint in checkpoints)
        {
            Record(checkpoint);
        }
    }

    /// <summary>The checkpoints, in the order recorded.</summary>
    public IReadOnlyList<RecoveryCheckpoint> Checkpoints => _checkpoints;

    /// <summary>Adds a checkpoint.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="checkpoint"/> is <see langword="null"/>.</exception>
    public void Record(RecoveryCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        _checkpoints.Add(checkpoint);
    }

    /// <summary>
    /// Reconciles the latest finished turn: the highest turn with a tool result added to the conversation, or with a
    /// finalized message and no tool checkpoint at all. A turn still in progress is not finished.
    /// </summary>
    /// <returns>The reconciliation, or <see langword="null"/> when no turn has finished.</returns>
    public RecoveryReconciliation? ReconcileLatestFinishedTurn()
    {
        var toolTurns = new HashSet<uint>();
        foreach (RecoveryCheckpoint checkpoint in _checkpoints)
        {
            if (IsToolKind(checkpoint.Kind))
            {
                toolTurns.Add(checkpoint.Turn);
            }
        }

        uint? latest = null;
        foreach (RecoveryCheckpoint checkpoint in _checkpoints)
        {
            bool finished = checkpoint.Kind == RecoveryCheckpointKind.ToolResultAddedToContext
                || (checkpoint.Kind == RecoveryCheckpointKind.AssistantMessageFinalized && !toolTurns.Contains(checkpoint.Turn));
            if (finished && (latest is null || checkpoint.Turn > latest))
            {
                latest = checkpoint.Turn;
            }
        }

        return latest is { } turn ? ReconcileTurn(turn) : null;
    }

    /// <summary>Reconciles the tool calls of <paramref name="turn"/>: every call whose result was not added to the conversation.</summary>
    /// <remarks>
    /// A call is safe to run again only when its plan said so (read-only) and it did not end in failure. Checkpoints
    /// without a tool call id are ignored; a later checkpoint's name and hash replace an earlier one's.
    /// </remarks>
    public RecoveryReconciliation ReconcileTurn(uint turn)
    {
        var tools = new Dictionary<string, ToolProgress>(StringComparer.Ordinal);
        foreach (RecoveryCheckpoint checkpoint in _checkpoints)
        {
            if (checkpoint.Turn != turn || checkpoint.ToolCallId is not { } id)
            {
                continue;
            }

            if (!tools.TryGetValue(id, out ToolProgress? progress))
            {
                tools[id] = progress = new ToolProgress();
            }

            progress.Observe(checkpoint);
        }

        var retryable = new List<IncompleteToolRecovery>();
        var unsafeTools = new List<IncompleteToolRecovery>();
        foreach ((string id, ToolProgress progress) in tools)
        {
            if (progress.Incomplete() is not { } state)
            {
                continue;
            }

            var recovery = new IncompleteToolRecovery(id, progress.Name, progress.ArgsHash, progress.RetrySafe, state);
            (recovery.RetrySafe ? retryable : unsafeTools).Add(recovery);
        }

        retryable.Sort(static (a, b) => string.CompareOrdinal(a.ToolCallId, b.ToolCallId));
        unsafeTools.Sort(static (a, b) => string.CompareOrdinal(a.ToolCallId, b.ToolCallId));
        return new RecoveryReconciliation(turn, unsafeTools, retryable);
    }

    private static bool IsToolKind(RecoveryCheckpointKind kind) => kind is RecoveryCheckpointKind.AssistantToolCallObserved
        or RecoveryCheckpointKind.ToolPlanCreated
        or RecoveryCheckpointKind.ToolExecutionStart
        or RecoveryCheckpointKind.ToolExecutionEnd
        or RecoveryCheckpointKind.ToolResultAddedToContext;

    private sealed class ToolProgress
    {
        public string? Name { get; private set; }

        public string? ArgsHash { get; private set; }

        public bool RetrySafe { get; private set; }

        private bool _planned;
        private bool _started;
        private bool _completed;
        private bool _appended;

        public void Observe(RecoveryCheckpoint checkpoint)
        {
            Name = checkpoint.ToolName ?? Name;
            ArgsHash = checkpoint.ArgsHash ?? ArgsHash;
            switch (checkpoint.Kind)
            {
                case RecoveryCheckpointKind.ToolPlanCreated:
                    _planned = true;
                    RetrySafe = checkpoint.Success ?? false;
                    break;
                case RecoveryCheckpointKind.AssistantToolCallObserved:
                    _planned = true;
                    break;
                case RecoveryCheckpointKind.ToolExecutionStart:
                    _started = true;
                    break;
                case RecoveryCheckpointKind.ToolExecutionEnd:
                    _completed = checkpoint.Success ?? false;
                    if (checkpoint.Success == false)
                    {
                        RetrySafe = false;
                    }

                    break;
                case RecoveryCheckpointKind.ToolResultAddedToContext:
                    _appended = true;
                    break;
            }
        }

        public IncompleteToolState? Incomplete() =>
            _appended ? null
            : _completed ? IncompleteToolState.CompletedNotAppended
            : _started ? IncompleteToolState.StartedNotCompleted
            : _planned ? IncompleteToolState.PlannedNotStarted
            : null;
    }
}
