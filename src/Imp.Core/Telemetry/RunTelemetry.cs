using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Imp;

/// <summary>
/// One run's spans, metrics and log entries, made from its <see cref="RunEvent"/>s: the <c>invoke_agent</c> span around
/// the run (current while it runs, so the <c>chat</c> spans of sampling nest in it), an <c>execute_tool</c> span per call,
/// gate results and decisions as span events. Created only when a listener, a metric or a logger is on.
/// </summary>
/// <remarks>Events reach it one at a time (the run serializes them), so it needs no lock.</remarks>
internal sealed class RunTelemetry
{
    private readonly string _agentName;
    private readonly string? _model;
    private readonly ILogger? _logger;
    private readonly TimeProvider _clock;
    private readonly Dictionary<ulong, Activity> _tools = [];
    private Activity? _run;
    private long _started;

    private RunTelemetry(string agentName, string? model, ILogger? logger, TimeProvider clock)
    {
        _agentName = agentName;
        _model = model;
        _logger = logger;
        _clock = clock;
    }

    /// <summary>Whether spans or the SDK's metrics are listened to now.</summary>
    public static bool IsListenedTo =>
        ImpTelemetry.Source.HasListeners() || ImpTelemetry.RunDuration.Enabled || ImpTelemetry.ToolCallDuration.Enabled;

    /// <summary>The run's telemetry, or <see langword="null"/> when nothing listens and nothing logs: then nothing is built.</summary>
    public static RunTelemetry? For(TurnRunnerOptions options)
    {
        ILogger? logger = options.LoggerFactory?.CreateLogger("Imp.TurnRunner");
        if (logger is not null && !logger.IsEnabled(LogLevel.Critical))
        {
            logger = null;
        }

        return logger is null && !IsListenedTo
            ? null
            : new RunTelemetry(options.AgentName, options.ChatOptions?.ModelId, logger, options.TimeProvider);
    }

    /// <summary>
    /// Adds Microsoft.Extensions.AI's <see cref="OpenTelemetryChatClient"/> on the <c>Imp</c> source, for the <c>chat</c>
    /// spans and <c>gen_ai.client.*</c> metrics of each sampling attempt, unless the client already has one (no
    /// duplicates) or nothing listens.
    /// </summary>
    public static IChatClient Instrument(IChatClient client, TurnRunnerOptions options) =>
        IsListenedTo && client.GetService<OpenTelemetryChatClient>() is null
            ? new OpenTelemetryChatClient(client, options.LoggerFactory?.CreateLogger<OpenTelemetryChatClient>(), ImpTelemetry.SourceName)
            : client;

    public void Observe(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case RunEvent.RunStarted:
                Started();
                break;
            case RunEvent.ModelRetry retry when _logger is not null:
                RunLog.ModelRetry(_logger, retry.Turn, retry.Attempt, retry.DelayMs, retry.Error);
                break;
            case RunEvent.ModelFailed failed:
                _run?.AddEvent(new ActivityEvent("imp.model_failed", tags: new ActivityTagsCollection { { "exception.message", failed.Error } }));
                if (_logger is not null)
                {
                    RunLog.ModelFailed(_logger, failed.Turn, failed.Error);
                }

                break;
            case RunEvent.ToolStarted started:
                ToolStarted(started);
                break;
            case RunEvent.ToolFinished finished:
                ToolFinished(finished);
                break;
            case RunEvent.DecisionMade decision:
                string decisionName = decision.Decision.AsStr();
                _run?.AddEvent(new ActivityEvent(TelemetryTags.DecisionEvent, tags: new ActivityTagsCollection
                {
                    { TelemetryTags.Decision, decisionName },
                    { "imp.turn", decision.Turn },
                }));
                if (_logger is { } debug && debug.IsEnabled(LogLevel.Debug))
                {
                    RunLog.DecisionMade(debug, decision.Turn, decisionName);
                }

                break;
            case RunEvent.GateChecked gate:
                string gateStatus = gate.Status.AsStr();
                string requirement = gate.Requirement.AsStr();
                _run?.AddEvent(new ActivityEvent(TelemetryTags.GateEvent, tags: new ActivityTagsCollection
                {
                    { TelemetryTags.GateId, gate.Id },
                    { TelemetryTags.GateStatus, gateStatus },
                    { TelemetryTags.GateRequirement, requirement },
                }));
                if (_logger is { } info && info.IsEnabled(LogLevel.Information))
                {
                    RunLog.GateChecked(info, gate.Id, requirement, gateStatus, gate.Detail);
                }

                break;
            case RunEvent.RunFinished finished:
                Finished(finished);
                break;
        }
    }

    private void Started()
    {
        _started = _clock.GetTimestamp();

        // Started in the run's own flow, so it is Activity.Current for everything the run awaits (sampling's chat spans).
        _run = ImpTelemetry.Source.StartActivity($"{TelemetryTags.InvokeAgent} {_agentName}", ActivityKind.Internal);
        if (_run is { IsAllDataRequested: true } run)
        {
            run.SetTag(TelemetryTags.OperationName, TelemetryTags.InvokeAgent);
            run.SetTag(TelemetryTags.AgentName, _agentName);
            run.SetTag(TelemetryTags.ConversationId, run.TraceId.ToString());
            if (_model is not null)
            {
                run.SetTag(TelemetryTags.RequestModel, _model);
            }
        }

        if (_logger is not null)
        {
            RunLog.RunStarted(_logger, _agentName);
        }
    }

    private void ToolStarted(RunEvent.ToolStarted started)
    {
        if (_run is null)
        {
            return;
        }

        // A child of the run, but not current: read-only calls overlap, and the run's flow must keep the run's span.
        Activity? previous = Activity.Current;
        Activity? tool = ImpTelemetry.Source.StartActivity(ActivityKind.Internal, _run.Context, name: $"{TelemetryTags.ExecuteTool} {started.Name}");
        Activity.Current = previous;
        if (tool is null)
        {
            return;
        }

        tool.SetTag(TelemetryTags.OperationName, TelemetryTags.ExecuteTool);
        tool.SetTag(TelemetryTags.ToolName, started.Name);
        tool.SetTag(TelemetryTags.ToolCallId, started.Id);
        tool.SetTag(TelemetryTags.ToolType, "function");
        tool.SetTag(TelemetryTags.ToolRisk, started.Risk.AsStr());
        _tools[started.Index] = tool;
    }

    private void ToolFinished(RunEvent.ToolFinished finished)
    {
        string outcome = finished.Outcome.AsStr();
        if (ImpTelemetry.ToolCallDuration.Enabled)
        {
            ImpTelemetry.ToolCallDuration.Record(
                finished.DurationMs / 1000.0,
                new TagList { { TelemetryTags.ToolName, finished.Name }, { TelemetryTags.ToolOutcome, outcome } });
        }

        if (_tools.Remove(finished.Index, out Activity? tool))
        {
            tool.SetTag(TelemetryTags.ToolOutcome, outcome);
            if (finished.Outcome != ToolOutcome.Succeeded)
            {
                tool.SetTag(TelemetryTags.ErrorType, outcome);
                tool.SetStatus(ActivityStatusCode.Error, finished.Output);
            }

            Stop(tool);
        }

        if (_logger is null)
        {
            return;
        }

        if (finished.Outcome == ToolOutcome.Succeeded)
        {
            RunLog.ToolSucceeded(_logger, finished.Turn, finished.Name, finished.Id, finished.DurationMs);
        }
        else
        {
            RunLog.ToolNotSucceeded(_logger, finished.Turn, finished.Name, finished.Id, outcome, finished.DurationMs, finished.Output);
        }
    }

    private void Finished(RunEvent.RunFinished finished)
    {
        TimeSpan duration = _clock.GetElapsedTime(_started);
        string status = finished.Status.AsStr();
        var tags = new TagList { { TelemetryTags.AgentName, _agentName }, { TelemetryTags.RunStatus, status } };
        if (ImpTelemetry.RunDuration.Enabled)
        {
            ImpTelemetry.RunDuration.Record(duration.TotalSeconds, tags);
        }

        if (ImpTelemetry.RunTurns.Enabled)
        {
            ImpTelemetry.RunTurns.Record((int)finished.Turns, tags);
        }

        // Calls a cancellation abandoned end with the run.
        foreach (Activity tool in _tools.Values)
        {
            Stop(tool);
        }

        _tools.Clear();
        if (_run is { } run)
        {
            run.SetTag(TelemetryTags.RunStatus, status);
            run.SetTag(TelemetryTags.RunTurns, finished.Turns);
            if (finished.Status is RunFinalStatus.Failed failed)
            {
                run.SetTag(TelemetryTags.ErrorType, status);
                run.SetStatus(ActivityStatusCode.Error, failed.Message);
            }

            run.Stop();
            _run = null;
        }

        if (_logger is not null)
        {
            RunLog.RunFinished(_logger, _agentName, status, finished.Turns, (long)duration.TotalMilliseconds);
        }
    }

    // Stopping makes the stopped span's parent current; a tool span is never current, so the flow keeps what it had.
    private static void Stop(Activity activity)
    {
        Activity? current = Activity.Current;
        activity.Stop();
        Activity.Current = current;
    }
}
