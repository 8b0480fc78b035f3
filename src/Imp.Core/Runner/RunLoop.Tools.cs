using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

internal sealed partial class RunLoop
{
    private async Task<IReadOnlyList<ToolCallResult>> RunToolsAsync(TurnState turn, List<StreamEvent.ToolCall> calls, TurnProgress? progress, CancellationToken token)
    {
        uint index = turn.Index;
        Enter(turn, TurnPhase.PlanTools);
        ToolPlan plan = _tools.Plan(calls);
        turn.RecordToolPlan((ulong)plan.Count);
        IReadOnlyList<ToolCallResult> results;
        if (progress?.AllResults is { } all)
        {
            // A resumed turn whose results were already in the conversation: nothing runs or is added again.
            Enter(turn, TurnPhase.ExecuteTools);
            turn.RecordToolResults((ulong)all.Count);
            Enter(turn, TurnPhase.RecordObservations);
            return all;
        }
        else
        {
            IReadOnlyDictionary<string, ToolCallResult> known = progress?.Known ?? EmptyResults;
            ToolPlan toRun = known.Count == 0 ? plan : new ToolPlan(plan.Mode, [.. plan.Calls.Where(call => !known.ContainsKey(call.Id))]);
            Dictionary<string, string>? hashes = null;
            if (_journal.Records)
            {
                hashes = new Dictionary<string, string>(toRun.Count);
                foreach (PlannedToolCall call in toRun.Calls)
                {
                    string hash = ToolArgumentsHash.Of(call.Arguments);
                    hashes[call.Id] = hash;
                    _journal.Checkpoint(index, RecoveryCheckpointKind.ToolPlanCreated, call.Id, call.Name, hash, call.RetrySafe, null);
                }
            }

            Enter(turn, TurnPhase.ExecuteTools);
            var execution = new ToolExecutionOptions
            {
                TimeProvider = _options.TimeProvider,
                DefaultTimeout = _options.DefaultToolTimeout,
                OnStarted = hashes is null ? null : call => Started(index, call, hashes),
                OnFinished = hashes is null ? null : result => Finished(index, result, hashes),
            };
            IReadOnlyList<ToolCallResult> ran = await ToolPlanExecutor.ExecuteAsync(toRun, _tools, execution, token).ConfigureAwait(false);
            results = Merge(ran, known);
        }

        turn.RecordToolResults((ulong)results.Count);
        Enter(turn, TurnPhase.RecordObservations);
        AddMessage(index, RunMessages.ToolMessage(results));
        foreach (ToolCallResult result in results)
        {
            _journal.Checkpoint(index, RecoveryCheckpointKind.ToolResultAddedToContext, result.Id, result.Name, null, result.Succeeded, null);
        }

        return results;
    }

    private static readonly Dictionary<string, ToolCallResult> EmptyResults = [];

    // Read-only calls start and end on several threads, so these take the lock; the start is stored before the call runs.
    private void Started(uint turn, PlannedToolCall call, Dictionary<string, string> hashes)
    {
        lock (_emitLock)
        {
            _journal.Checkpoint(turn, RecoveryCheckpointKind.ToolExecutionStart, call.Id, call.Name, hashes[call.Id], null, null);
            Emit(new RunEvent.ToolStarted(turn, call.Index, call.Id, call.Name, call.Risk) { RunId = _runId });
        }
    }

    private void Finished(uint turn, ToolCallResult result, Dictionary<string, string> hashes)
    {
        lock (_emitLock)
        {
            // The result first, then the checkpoint that says it exists: a resumed run finds every result it is told of.
            _journal.ToolFinished(turn, result);
            _journal.Checkpoint(turn, RecoveryCheckpointKind.ToolExecutionEnd, result.Id, result.Name, hashes[result.Id], result.Succeeded, RunJournal.ErrorClass(result.Outcome));
            Emit(new RunEvent.ToolFinished(turn, result.Index, result.Id, result.Name, result.Outcome, (long)result.Duration.TotalMilliseconds, result.Output) { RunId = _runId });
        }
    }

    private static IReadOnlyList<ToolCallResult> Merge(IReadOnlyList<ToolCallResult> ran, IReadOnlyDictionary<string, ToolCallResult> known)
    {
        if (known.Count == 0)
        {
            return ran;
        }

        var all = new List<ToolCallResult>(ran);
        all.AddRange(known.Values);
        all.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        return all;
    }
}
