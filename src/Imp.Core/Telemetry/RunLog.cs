using System;
using Microsoft.Extensions.Logging;

namespace Imp;

/// <summary>The runner's log messages, source-generated (<see cref="LoggerMessageAttribute"/>): no allocation while a level is off.</summary>
internal static partial class RunLog
{
    [LoggerMessage(EventId = 1, EventName = "RunStarted", Level = LogLevel.Information, Message = "Agent run {AgentName} started")]
    public static partial void RunStarted(ILogger logger, string agentName);

    [LoggerMessage(EventId = 2, EventName = "ModelRetry", Level = LogLevel.Warning, Message = "Turn {Turn}: the model call failed, retry {Attempt} in {DelayMs} ms: {Error}")]
    public static partial void ModelRetry(ILogger logger, uint turn, int attempt, long delayMs, string error);

    [LoggerMessage(EventId = 3, EventName = "ModelFailed", Level = LogLevel.Error, Message = "Turn {Turn}: the model could not be sampled: {Error}")]
    public static partial void ModelFailed(ILogger logger, uint turn, string error);

    [LoggerMessage(EventId = 4, EventName = "ToolFinished", Level = LogLevel.Debug, Message = "Turn {Turn}: tool {ToolName} ({CallId}) succeeded in {DurationMs} ms")]
    public static partial void ToolSucceeded(ILogger logger, uint turn, string toolName, string callId, long durationMs);

    [LoggerMessage(EventId = 5, EventName = "ToolNotSucceeded", Level = LogLevel.Warning, Message = "Turn {Turn}: tool {ToolName} ({CallId}) {Outcome} after {DurationMs} ms: {Output}")]
    public static partial void ToolNotSucceeded(ILogger logger, uint turn, string toolName, string callId, string outcome, long durationMs, string output);

    [LoggerMessage(EventId = 6, EventName = "GateChecked", Level = LogLevel.Information, Message = "Verification gate {GateId} ({Requirement}) is {Status}: {Detail}")]
    public static partial void GateChecked(ILogger logger, string gateId, string requirement, string status, string? detail);

    [LoggerMessage(EventId = 7, EventName = "DecisionMade", Level = LogLevel.Debug, Message = "Turn {Turn}: {Decision}")]
    public static partial void DecisionMade(ILogger logger, uint turn, string decision);

    [LoggerMessage(EventId = 8, EventName = "RunFinished", Level = LogLevel.Information, Message = "Agent run {AgentName} finished {Status} after {Turns} turns in {DurationMs} ms")]
    public static partial void RunFinished(ILogger logger, string agentName, string status, uint turns, long durationMs);
}
