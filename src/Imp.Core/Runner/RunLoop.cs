using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>The turns of one run: the state a <see cref="TurnRunner"/> keeps per run.</summary>
internal sealed class RunLoop : IDisposable
{
    private readonly RetryingChatClient _model;
    private readonly ToolRegistry _tools;
    private readonly TurnRunnerOptions _options;
    private readonly AgentRun _run;
    private readonly List<ChatMessage> _messages = [];
    private readonly object _emitLock = new();
    private readonly RepeatedActionDetector _repeats;
    private IList<AITool>? _declarations;
    private readonly VerificationGate[] _gates;
    private uint _sampledTurn;
    private RunTraceWriter? _trace;
    private readonly RunTelemetry? _telemetry;
    private readonly RunEventDispatcher? _onEvent;

    // Nobody sees the events of a run without a trace, a callback or a reader: they are then not even built.
    private bool _observed;

    public RunLoop(RetryingChatClient model, ToolRegistry tools, TurnRunnerOptions options, AgentRun run)
    {
        // One retry implementation for hosts and runner alike; it reports each retry as an event of the sampled turn.
        _model = model;
        _telemetry = RunTelemetry.For(options);
        _onEvent = options.OnEvent is { } onEvent ? new RunEventDispatcher(onEvent, run.Token) : null;
        _tools = tools;
        _options = options;
        _run = run;
        _repeats = new RepeatedActionDetector();
        _gates = [.. options.Checks.Select(check => check.Gate)];
    }

    public void Dispose() => _trace?.Dispose();

    public async Task<RunResult> RunAsync(string prompt, IReadOnlyList<ChatMessage>? conversation = null)
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

            RunnerRetry.ReportTo(retry => Emit(new RunEvent.ModelRetry(_sampledTurn, retry.Attempt, (long)retry.Delay.TotalMilliseconds, retry.Error.Message)));
            _observed = _trace is not null || _onEvent is not null || _telemetry is not null || _run.PublishesEvents;

            Emit(new RunEvent.RunStarted(prompt));
            if (_options.SystemPrompt is { } system)
            {
                _messages.Add(new ChatMessage(ChatRole.System, system));
            }

            if (conversation is null)
            {
                _messages.Add(new ChatMessage(ChatRole.User, prompt));
            }
            else
            {
                _messages.AddRange(conversation);
            }
            _declarations = _tools.Count == 0 ? null : _tools.ToDeclarations();
            CancellationToken token = _run.Token;
            for (uint index = 0; ; index++)
            {
                turn = new TurnState(index);
                turns = index + 1;
                Emit(PhaseEnteredEvents.For(index, turn.Phase));
                LoopDecision decision = await RunTurnAsync(turn, token).ConfigureAwait(false);
                if (decision is LoopDecision.Finish finish)
                {
                    status = await CloseAsync(finish.Status, token).ConfigureAwait(false);
                    break;
                }

                turn.RecordContinue(((LoopDecision.Continue)decision).Reason);
            }
        }
        catch (OperationCanceledException) when (_run.Token.IsCancellationRequested)
        {
            if (_run.CancelRequested)
            {
                EmitQuietly(new RunEvent.CommandReceived(turn?.Index ?? 0, RunCommand.Cancel, Text: null));
            }

            status = new RunFinalStatus.Cancelled();
        }
        catch (Exception error)
        {
            // A bug, a host callback or the trace failed: the run ends, and says why, instead of faulting the host.
            status = new RunFinalStatus.Failed($"The run failed: {error.Message}");
        }

        if (turn is not null && turn.TryEnter(TurnPhase.Finish))
        {
            EmitQuietly(PhaseEnteredEvents.For(turn.Index, TurnPhase.Finish));
        }

        EmitQuietly(new RunEvent.RunFinished(status, turns));
        if (_onEvent is not null)
        {
            await _onEvent.WhenDeliveredAsync().ConfigureAwait(false);
        }

        _trace?.Dispose();
        _trace = null;
        List<string> unused = _run.Finish();
        return new RunResult(status, turns, [.. _messages], _gates, unused);
    }

    private async Task<LoopDecision> RunTurnAsync(TurnState turn, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.PreTurn);
        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.BuildContext);
        foreach (string steer in _run.TakeSteers())
        {
            _messages.Add(new ChatMessage(ChatRole.User, steer));
            Emit(new RunEvent.CommandReceived(turn.Index, RunCommand.Steer, steer));
        }

        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.SampleModel);
        SampledMessage sampled = await SampleAsync(turn.Index, token).ConfigureAwait(false);
        IReadOnlyList<ToolCallResult> results = [];
        if (sampled.Error is { } error)
        {
            Emit(new RunEvent.ModelFailed(turn.Index, error));
            Enter(turn, TurnPhase.RecordObservations);
        }
        else
        {
            Enter(turn, TurnPhase.FinalizeAssistantMessage);
            AddAssistantMessage(sampled);
            if (_observed)
            {
                Emit(new RunEvent.AssistantMessage(turn.Index, sampled.Text, sampled.Calls.Count));
            }
            if (sampled.Calls.Count > 0)
            {
                results = await RunToolsAsync(turn, sampled.Calls, token).ConfigureAwait(false);
            }
        }

        Enter(turn, TurnPhase.AssessTurn);
        token.ThrowIfCancellationRequested();
        Enter(turn, TurnPhase.DecideNext);
        var outcome = new TurnOutcome(turn.Index, sampled.Text, results, sampled.Error, _run.PeekFollowUp());
        LoopDecision decision = ApplyLimits(_options.LoopPolicy.Decide(outcome), turn.Index, sampled.Calls);
        if (decision is LoopDecision.Continue next)
        {
            PrepareNextTurn(turn.Index, next);
        }

        if (_observed)
        {
            Emit(new RunEvent.DecisionMade(turn.Index, decision));
        }

        return decision;
    }

    private async Task<SampledMessage> SampleAsync(uint turn, CancellationToken token)
    {
        ChatMessage[] conversation = [.. _messages];
        ChatOptions? chatOptions = _options.ChatOptions?.Clone();
        if (_declarations is not null && (chatOptions?.Tools is null || chatOptions.Tools.Count == 0))
        {
            chatOptions ??= new ChatOptions();
            chatOptions.Tools = _declarations;
        }

        _sampledTurn = turn;
        IAsyncEnumerable<StreamEvent> stream = ChatStreamEvents.FromUpdates(_model.GetStreamingResponseAsync(conversation, chatOptions, token), token);

        var text = new StringBuilder();
        var calls = new List<StreamEvent.ToolCall>();
        try
        {
            await foreach (StreamEvent streamEvent in stream.WithCancellation(token).ConfigureAwait(false))
            {
                switch (streamEvent)
                {
                    case StreamEvent.TextDelta delta:
                        text.Append(delta.Text);
                        break;
                    case StreamEvent.ToolCall call:
                        calls.Add(call);
                        break;
                    case StreamEvent.Error inBand:
                        return new SampledMessage(text.ToString(), calls, Describe(inBand));
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !token.IsCancellationRequested)
        {
            return new SampledMessage(text.ToString(), calls, error.Message);
        }

        return new SampledMessage(text.ToString(), calls, Error: null);
    }

    private async Task<IReadOnlyList<ToolCallResult>> RunToolsAsync(TurnState turn, List<StreamEvent.ToolCall> calls, CancellationToken token)
    {
        Enter(turn, TurnPhase.PlanTools);
        ToolPlan plan = _tools.Plan(calls);
        turn.RecordToolPlan(plan.Count);
        Enter(turn, TurnPhase.ExecuteTools);
        uint index = turn.Index;
        var execution = new ToolExecutionOptions
        {
            TimeProvider = _options.TimeProvider,
            DefaultTimeout = _options.DefaultToolTimeout,
            OnStarted = _observed ? call => EmitConcurrently(new RunEvent.ToolStarted(index, call.Index, call.Id, call.Name, call.Risk)) : null,
            OnFinished = _observed
                ? result => EmitConcurrently(new RunEvent.ToolFinished(index, result.Index, result.Id, result.Name, result.Outcome, (long)result.Duration.TotalMilliseconds, result.Output))
                : null,
        };
        IReadOnlyList<ToolCallResult> results = await ToolPlanExecutor.ExecuteAsync(plan, _tools, execution, token).ConfigureAwait(false);
        turn.RecordToolResults(results.Count);
        Enter(turn, TurnPhase.RecordObservations);
        _messages.Add(new ChatMessage(ChatRole.Tool, [.. results.Select(static r => (AIContent)ResultContent(r))]));
        return results;
    }

    // A call that did not succeed carries its failure too, so providers flag the result as an error (Anthropic's
    // is_error); the output, which says what went wrong, stays the result the model reads.
    private static FunctionResultContent ResultContent(ToolCallResult result) => new(result.Id, result.Output)
    {
        Exception = result.Outcome == ToolOutcome.Succeeded ? null : new InvalidOperationException(result.Output),
    };

    private LoopDecision ApplyLimits(LoopDecision decision, uint turn, List<StreamEvent.ToolCall> calls)
    {
        int repeated = _repeats.Observe(calls);
        if (decision is not LoopDecision.Continue)
        {
            return decision;
        }

        if (repeated >= _options.RepeatedActionLimit)
        {
            return new LoopDecision.Finish(new RunFinalStatus.Blocked(
                StopReason.RepeatedAction,
                string.Create(CultureInfo.InvariantCulture, $"The model made the same tool calls ({string.Join(", ", calls.Select(c => c.Name))}) in {repeated} turns in a row; the run stopped instead of repeating them again.")));
        }

        return turn + 1 >= _options.MaxTurns
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
            _messages.Add(new ChatMessage(ChatRole.User, followUp));
            Emit(new RunEvent.CommandReceived(turn, RunCommand.FollowUp, followUp));
        }
        else if (next.Reason != ContinueReason.ToolResultsNeedInterpretation)
        {
            // The tool results already are the next turn's input; any other continuation says what to do.
            _messages.Add(new ChatMessage(ChatRole.User, next.Prompt));
        }
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

            Emit(new RunEvent.GateChecked(gate.Id, gate.Name, gate.Requirement, gate.Status, gate.Reason ?? gate.Result?.Summary));
        }

        return Closeout.Enforce(proposed, _gates);
    }

    private void AddAssistantMessage(SampledMessage sampled)
    {
        var contents = new List<AIContent>();
        if (sampled.Text.Length > 0)
        {
            contents.Add(new TextContent(sampled.Text));
        }

        foreach (StreamEvent.ToolCall call in sampled.Calls)
        {
            contents.Add(new FunctionCallContent(call.Id, call.Name, ChatStreamEvents.ArgumentsDictionary(call.Arguments)));
        }

        // Providers refuse an empty assistant message; a turn that said nothing adds none.
        if (contents.Count > 0)
        {
            _messages.Add(new ChatMessage(ChatRole.Assistant, contents));
        }
    }

    private static string Describe(StreamEvent.Error error) =>
        error.Code is { Length: > 0 } code ? $"{error.Message} ({code})" : error.Message;

    private void Enter(TurnState turn, TurnPhase phase)
    {
        turn.Enter(phase);
        if (_observed)
        {
            Emit(PhaseEnteredEvents.For(turn.Index, phase));
        }
    }

    // Events come one at a time, from the run's own flow, except while tools run: a read-only batch starts and ends
    // its calls on several threads, so only those events take the lock (the executor has returned before any other).
    private void Emit(RunEvent runEvent)
    {
        if (!_observed)
        {
            return;
        }

        _trace?.Write(runEvent);
        _telemetry?.Observe(runEvent);
        _onEvent?.Post(runEvent);
        _run.Publish(runEvent);
    }

    private void EmitConcurrently(RunEvent runEvent)
    {
        lock (_emitLock)
        {
            Emit(runEvent);
        }
    }

    // For the events that end a run: a failing trace or callback must not stop them from reaching the host.
    private void EmitQuietly(RunEvent runEvent)
    {
        try
        {
            _trace?.Write(runEvent);
        }
        catch (Exception error) when (error is System.IO.IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The failure that broke the trace is already the run's status.
        }

        _telemetry?.Observe(runEvent);
        try
        {
            _onEvent?.Post(runEvent);
        }
#pragma warning disable CA1031 // The host's callback already failed the run once; its second failure changes nothing.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        _run.Publish(runEvent);
    }

    private sealed record SampledMessage(string Text, List<StreamEvent.ToolCall> Calls, string? Error);
}
