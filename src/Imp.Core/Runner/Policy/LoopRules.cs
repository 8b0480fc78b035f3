using System;

namespace Imp;

/// <summary>imp-core's loop rules, in the order <see cref="DefaultLoopPolicy.Instance"/> asks them.</summary>
public static class LoopRules
{
    /// <summary>Repeated action finishes as <see cref="StopReason.RepeatedAction"/>.</summary>
    public static ILoopRule RepeatedAction { get; } = new Rule("repeated_action", static a => a.Runtime.RepeatedAction ? Finish(StopReason.RepeatedAction) : null);

    /// <summary>A runtime stop reason finishes with that reason.</summary>
    public static ILoopRule RuntimeStop { get; } = new Rule("runtime_stop", static a => a.Runtime.ExecutionStopReason is { } reason ? Finish(reason) : null);

    /// <summary>Completed work finishes as <see cref="StopReason.WorkCompleted"/>.</summary>
    public static ILoopRule WorkCompleted { get; } = new Rule("work_completed", static a => a.Runtime.WorkCompleted ? Finish(StopReason.WorkCompleted) : null);

    /// <summary>The task system's stop reason finishes with that reason (imp-core's mana stop rule).</summary>
    public static ILoopRule TaskStop { get; } = new Rule("task_stop", static a => a.Task.StopReason is { } reason ? Finish(reason) : null);

    /// <summary>A stop read from the text finishes with it: the planner's first, then the executor's.</summary>
    public static ILoopRule TextFallbackStop { get; } = new Rule(
        "text_fallback_stop",
        static a => (a.TextFallback.PlannerStopReason ?? a.TextFallback.ExecutionStopReason) is { } reason ? Finish(reason) : null);

    /// <summary>A continue recommendation continues, with its prompt and reason.</summary>
    public static ILoopRule ContinueRecommendation { get; } = new Rule(
        "continue_recommendation",
        static a => a.ContinueRecommendation is { } next ? new LoopDecision.Continue(next.Reason, next.Prompt) : null);

    /// <summary>Planning without progress finishes as <see cref="StopReason.NoProgress"/>.</summary>
    public static ILoopRule PlanningOnlyNoProgress { get; } = new Rule("planning_only_no_progress", static a => a.Runtime.PlanningOnlyProgress ? Finish(StopReason.NoProgress) : null);

    /// <summary>A rule from a name and a function.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="decide"/> is <see langword="null"/>.</exception>
    public static ILoopRule Create(string name, Func<PostTurnAssessment, LoopDecision?> decide)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(decide);
        return new Rule(name, decide);
    }

    /// <summary>A finish with the status imp-core gives <paramref name="reason"/> (<see cref="RunFinalStatus.FromStopReason"/>).</summary>
    public static LoopDecision Finish(StopReason reason) => new LoopDecision.Finish(RunFinalStatus.FromStopReason(reason));

    private sealed class Rule(string name, Func<PostTurnAssessment, LoopDecision?> decide) : ILoopRule
    {
        public string Name => name;

        public LoopDecision? Decide(PostTurnAssessment assessment) => decide(assessment);

        public override string ToString() => name;
    }
}
