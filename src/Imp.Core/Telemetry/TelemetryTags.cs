namespace Imp;

/// <summary>Names of the span, event, attribute and tag keys the SDK records (GenAI semantic conventions, else <c>imp.*</c>).</summary>
internal static class TelemetryTags
{
    public const string OperationName = "gen_ai.operation.name";
    public const string AgentName = "gen_ai.agent.name";
    public const string AgentId = "gen_ai.agent.id";
    public const string ConversationId = "gen_ai.conversation.id";
    public const string RequestModel = "gen_ai.request.model";
    public const string ToolName = "gen_ai.tool.name";
    public const string ToolCallId = "gen_ai.tool.call.id";
    public const string ToolType = "gen_ai.tool.type";
    public const string ErrorType = "error.type";

    public const string InvokeAgent = "invoke_agent";
    public const string ExecuteTool = "execute_tool";

    public const string RunStatus = "imp.run.status";
    public const string RunStopReason = "imp.run.stop_reason";
    public const string RunTurns = "imp.run.turns";
    public const string ToolRisk = "imp.tool.risk";
    public const string ToolOutcome = "imp.tool.outcome";

    public const string RetryEvent = "imp.retry";
    public const string GiveUpEvent = "imp.retry.give_up";
    public const string RetryAttempt = "imp.retry.attempt";
    public const string RetryAttempts = "imp.retry.attempts";
    public const string RetryDelayMs = "imp.retry.delay_ms";
    public const string GiveUpReason = "imp.retry.give_up_reason";

    public const string GateEvent = "imp.gate";
    public const string GateId = "imp.gate.id";
    public const string GateStatus = "imp.gate.status";
    public const string GateRequirement = "imp.gate.requirement";
    public const string DecisionEvent = "imp.decision";
    public const string Decision = "imp.decision.type";
}
