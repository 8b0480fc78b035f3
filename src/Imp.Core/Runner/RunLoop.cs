using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>The turns of one run: the state a <see cref="TurnRunner"/> keeps per run.</summary>
internal sealed partial class RunLoop : IDisposable
{
    private readonly RetryingChatClient _model;
    private readonly ToolRegistry _tools;
    private readonly TurnRunnerOptions _options;
    private readonly AgentRun _run;
    private readonly string _runId;
    private readonly List<ChatMessage> _messages = [];
    private readonly object _emitLock = new();
    private readonly TurnAssessor _assessor;
    private readonly VerificationGate[] _gates;
    private IList<AITool>? _declarations;
    private uint _sampledTurn;
    private RunTraceWriter? _trace;
    private RunJournal _journal = null!;
    private readonly RunTelemetry? _telemetry;
    private readonly RunEventDispatcher? _onEvent;

    // One retrying client serves all of a runner's runs; each sampling call hands it this run's listener, which only
    // an observed run has.
    private Action<RetryAttempt>? _reportRetry;

    // Nobody sees the events of a run without a trace, a callback or a reader: they are then not even built.
    private bool _observed;

    public RunLoop(RetryingChatClient model, ToolRegistry tools, TurnRunnerOptions options, AgentRun run)
    {
        _runId = run.Id;
        _model = model;
        _telemetry = RunTelemetry.For(options);
        _onEvent = options.OnEvent is { } onEvent ? new RunEventDispatcher(onEvent, run.Token) : null;
        _tools = tools;
        _options = options;
        _run = run;
        _assessor = new TurnAssessor(options.RepeatedActionLimit);
        _gates = options.Checks.Count == 0 ? [] : [.. options.Checks.Select(check => check.Gate)];
    }

    public void Dispose()
    {
        _trace?.Dispose();
        _journal?.Dispose();
    }

    public Task<RunResult> RunAsync(string prompt, IReadOnlyList<ChatMessage>? conversation = null) => RunCoreAsync(prompt, conversation, resume: null);

    public Task<RunResult> ResumeAsync(RunResume resume) => RunCoreAsync(resume.Prompt, conversation: null, resume);

    private async Task<RunResult> RunCoreAsync(string prompt, IReadOnlyList<ChatMessage>? conversation, RunResume? resume)
    {
        RunFinalStatus status;
        uint turns = 0;
        TurnState? turn = null;
        try
        {
            if (_options.TracePath is { } path)
            {
                _trace = new RunTraceWriter(path);
            }

            _observed = _trace is not null || _onEvent is not null || _telemetry is not null || _run.PublishesEvents;
            _reportRetry = _observed
                ? retry => Emit(new RunEvent.ModelRetry(_sampledTurn, retry.Attempt, (long)retry.Delay.TotalMilliseconds, retry.Error.Message) { RunId = _runId })
                : null;
            _journal = new RunJournal(_runId, _options.RunStore?.Open(_runId), _options.TimeProvider, _observed ? Emit : null);
            _declarations = _tools.Count == 0 ? null : _tools.ToDeclarations();
            uint first = 0;
            TurnProgress? progress = null;
            RunFinalStatus? finishNow = null;
            if (resume is null)
            {
                _journal.Started(prompt);
                Emit(new RunEvent.RunStarted(prompt) { RunId = _runId });
                if (_options.SystemPrompt is { } system)
                {
                    AddMessage(0, new ChatMessage(ChatRole.System, system));
                }

                foreach (ChatMessage message in conversation ?? [new ChatMessage(ChatRole.User, prompt)])
                {
                    AddMessage(0, message);
                }
            }
            else
            {
                (first, progress, finishNow) = Restore(resume);
            }

            CancellationToken token = _run.Token;
            for (uint index = first; finishNow is null; index++)
            {
                turn = new TurnState(index);
                turns = index + 1;
                Emit(PhaseEnteredEvents.For(_runId, index, turn.Phase));
                LoopDecision decision = await RunTurnAsync(turn, progress, token).ConfigureAwait(false);
                progress = null;
                if (decision is LoopDecision.Finish finish)
                {
                    finishNow = finish.Status;
                }
            }

            turns = Math.Max(turns, first);
            status = await CloseAsync(finishNow, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_run.Token.IsCancellationRequested)
        {
            if (_run.CancelRequested)
            {
                EmitQuietly(new RunEvent.CommandReceived(turn?.Index ?? 0, RunCommand.Cancel, Text: null) { RunId = _runId });
            }

            status = new RunFinalStatus.Cancelled();
        }
        catch (Exception error)
        {
            // A bug, a host callback, the trace or the store failed: the run ends, and says why, instead of faulting the host.
            status = new RunFinalStatus.Failed($"The run failed: {error.Message}");
        }

        // An observer that failed after the last event still fails the run, before the run reports how it ended.
        if (_onEvent is not null
            && await _onEvent.TakeFaultAfterDeliveryAsync().ConfigureAwait(false) is { } observerFault
            && status is not (RunFinalStatus.Failed or RunFinalStatus.Cancelled))
        {
            status = new RunFinalStatus.Failed($"The run failed: The run's event observer failed: {observerFault.Message}");
        }

        if (turn is not null && turn.TryEnter(TurnPhase.Finish))
        {
            EmitQuietly(PhaseEnteredEvents.For(_runId, turn.Index, TurnPhase.Finish));
        }

        RecordEndQuietly(status, turns);
        EmitQuietly(new RunEvent.RunFinished(status, turns) { RunId = _runId });
        if (_onEvent is not null)
        {
            await _onEvent.WhenDeliveredAsync().ConfigureAwait(false);
        }

        _trace?.Dispose();
        _trace = null;
        List<string> unused = _run.Finish();
        return new RunResult(status, turns, [.. _messages], _gates, unused) { RunId = _runId };
    }

    /// <summary>Takes back a run's conversation and memory from its records; returns where it goes on.</summary>
    private (uint First, TurnProgress? Progress, RunFinalStatus? FinishNow) Restore(RunResume resume)
    {
        _messages.AddRange(resume.Messages);
        foreach ((IReadOnlyList<StreamEvent.ToolCall> calls, IReadOnlyList<ToolCallResult> results) in resume.FinishedTurns)
        {
            _assessor.Replay(calls, results);
        }

        Emit(new RunEvent.RunResumed(resume.NextTurn) { RunId = _runId });
        if (resume.FinishWith is { } finish)
        {
            return (resume.NextTurn, null, finish);
        }

        if (resume.Progress?.Unsafe is { } unsafeTools)
        {
            // imp-core's answer when a side effect may or may not have happened: a person decides, the run does not guess.
            return (resume.NextTurn + 1, null, new RunFinalStatus.Blocked(
                StopReason.ExecutionBlocked,
                string.Create(CultureInfo.InvariantCulture, $"recovery requires user review: {unsafeTools.UnsafeIncompleteTools.Count} incomplete non-retryable tool side effect(s)")));
        }

        return (resume.NextTurn, resume.Progress, null);
    }

    private async Task<LoopDecision> RunTurnAsync(TurnState turn, TurnProgress? progress, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.PreTurn);
        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.BuildContext);
        foreach (string steer in _run.TakeSteers())
        {
            AddMessage(turn.Index, new ChatMessage(ChatRole.User, steer));
            Emit(new RunEvent.CommandReceived(turn.Index, RunCommand.Steer, steer) { RunId = _runId });
        }

        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.SampleModel);
        SampledMessage sampled;
        if (progress?.Assistant is { } stored)
        {
            sampled = stored;
        }
        else
        {
            _journal.Checkpoint(turn.Index, RecoveryCheckpointKind.ProviderRequestStart);
            sampled = await SampleAsync(turn.Index, token).ConfigureAwait(false);
        }

        if (sampled.Error is { } error)
        {
            // imp-core ends the run when the model fails for good: no policy can make another turn of it.
            Emit(new RunEvent.ModelFailed(turn.Index, error) { RunId = _runId });
            Enter(turn, TurnPhase.RecordObservations);
            Enter(turn, TurnPhase.AssessTurn);
            Enter(turn, TurnPhase.DecideNext);
            return Decided(turn, new LoopDecision.Finish(new RunFinalStatus.Failed($"The model could not be sampled: {error}")));
        }

        Enter(turn, TurnPhase.FinalizeAssistantMessage);
        if (progress?.Assistant is null)
        {
            if (RunMessages.Assistant(sampled) is { } message)
            {
                AddMessage(turn.Index, message);
            }

            _journal.Checkpoint(turn.Index, RecoveryCheckpointKind.AssistantMessageFinalized, success: true);
        }

        if (_observed)
        {
            Emit(new RunEvent.AssistantMessage(turn.Index, sampled.Text, sampled.Calls.Count) { RunId = _runId });
        }

        IReadOnlyList<ToolCallResult> results = sampled.Calls.Count > 0
            ? await RunToolsAsync(turn, sampled.Calls, progress, token).ConfigureAwait(false)
            : [];

        Enter(turn, TurnPhase.AssessTurn);
        var outcome = new TurnOutcome(turn.Index, sampled.Text, results, _run.PeekFollowUp());
        PostTurnAssessment assessment = _assessor.Assess(outcome, sampled.Calls);
        if (_options.AssessTurn is { } host)
        {
            assessment = host(assessment) ?? throw new InvalidOperationException("TurnRunnerOptions.AssessTurn returned null; return the assessment it was given, or a copy of it.");
        }

        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.DecideNext);
        LoopDecision decision = ApplyLoop(_options.LoopPolicy.Decide(assessment), turn.Index, sampled.Calls.Count > 0, outcome.QueuedFollowUp);
        if (decision is LoopDecision.Continue next)
        {
            PrepareNextTurn(turn.Index, next);
        }

        return Decided(turn, decision);
    }

    private LoopDecision Decided(TurnState turn, LoopDecision decision)
    {
        if (decision is LoopDecision.Continue next)
        {
            turn.RecordContinue(next.Reason);
        }

        if (_observed)
        {
            Emit(new RunEvent.DecisionMade(turn.Index, decision) { RunId = _runId });
        }

        _journal.TurnEnded(turn, decision);
        return decision;
    }

    // imp-core's loop around the policy: after a tool turn the model reads the results unless it is repeating itself;
    // after a finish a queued follow-up starts the next turn; then the runner's own turn limit.
    private LoopDecision ApplyLoop(LoopDecision decision, uint turn, bool hadTools, string? followUp)
    {
        if (hadTools && decision is LoopDecision.Finish { Status: not RunFinalStatus.Blocked { Reason: StopReason.RepeatedAction } })
        {
            decision = new LoopDecision.Continue(ContinueReason.ToolResultsNeedInterpretation, DefaultLoopPolicy.InterpretToolResultsPrompt);
        }
        else if (!hadTools && decision is LoopDecision.Finish && followUp is not null)
        {
            decision = new LoopDecision.Continue(ContinueReason.QueuedUserFollowUp, followUp);
        }

        return decision is LoopDecision.Continue && turn + 1 >= _options.MaxTurns
            ? new LoopDecision.Finish(new RunFinalStatus.Blocked(
                StopReason.ExecutionBlocked,
                string.Create(CultureInfo.InvariantCulture, $"The run reached its limit of {_options.MaxTurns} turns.")))
            : decision;
    }

    private void PrepareNextTurn(uint turn, LoopDecision.Continue next)
    {
        if (next.Reason == ContinueReason.QueuedUserFollowUp && _run.PeekFollowUp() is { } followUp && followUp == next.Prompt)
        {
            _run.TakeFollowUp();
            AddMessage(turn, new ChatMessage(ChatRole.User, followUp));
            Emit(new RunEvent.CommandReceived(turn, RunCommand.FollowUp, followUp) { RunId = _runId });
        }
        else if (next.Reason != ContinueReason.ToolResultsNeedInterpretation)
        {
            // The tool results already are the next turn's input; any other continuation says what to do.
            AddMessage(turn, new ChatMessage(ChatRole.User, next.Prompt));
        }
    }

    private void AddMessage(uint turn, ChatMessage message)
    {
        _messages.Add(message);
        _journal.Message(turn, message);
    }

    private async Task<RunFinalStatus> CloseAsync(RunFinalStatus proposed, CancellationToken token)
    {
        if (proposed is RunFinalStatus.Cancelled or RunFinalStatus.Failed || _options.Checks.Count == 0)
        {
            return proposed;
        }

        foreach (IVerificationCheck check in _options.Checks)
        {
            token.ThrowIfCancellationRequested();
            VerificationGate gate = check.Gate;
            try
            {
                await check.RunAsync(token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !token.IsCancellationRequested)
            {
                gate.MarkBlocked($"the check threw: {error.Message}");
            }

            Emit(new RunEvent.GateChecked(gate.Id, gate.Name, gate.Requirement, gate.Status, gate.Reason ?? gate.Result?.Summary) { RunId = _runId });
        }

        return Closeout.Enforce(proposed, _gates);
    }

    private void RecordEndQuietly(RunFinalStatus status, uint turns)
    {
        try
        {
            _journal?.Finished(status, turns);
        }
        catch (Exception error) when (error is System.IO.IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The store failed; the run's status already says what it could.
        }
    }
}
