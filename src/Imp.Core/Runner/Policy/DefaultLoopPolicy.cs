namespace Imp;

/// <summary>imp-core's loop policy: its seven rules in its order, falling back to <see cref="StopReason.NoAutomaticFollowUp"/>.</summary>
/// <remarks>
/// The order: repeated action, runtime stop, work completed, task stop (imp-core's mana), text fallback stop, continue
/// recommendation, planning-only no progress. Build on it with <see cref="LoopRuleChain.InsertBefore"/>,
/// <see cref="LoopRuleChain.InsertAfter"/> and <see cref="LoopRuleChain.Without"/>.
/// </remarks>
public static class DefaultLoopPolicy
{
    /// <summary>The prompt of the continue decision after a tool turn; it is not added to the conversation, the tool results are the next turn's input.</summary>
    public const string InterpretToolResultsPrompt = "Interpret the tool results and continue the task.";

    /// <summary>The policy.</summary>
    public static LoopRuleChain Instance { get; } = new(
    [
        LoopRules.RepeatedAction,
        LoopRules.RuntimeStop,
        LoopRules.WorkCompleted,
        LoopRules.TaskStop,
        LoopRules.TextFallbackStop,
        LoopRules.ContinueRecommendation,
        LoopRules.PlanningOnlyNoProgress,
    ]);
}
