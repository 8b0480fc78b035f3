namespace Imp;

/// <summary>Decides, after each turn, from its <see cref="PostTurnAssessment"/>, whether the run continues (and why) or finishes (and how).</summary>
/// <remarks>
/// <para>The default is <see cref="DefaultLoopPolicy.Instance"/>, imp-core's ordered chain of rules; a host may replace it
/// whole, or build a <see cref="LoopRuleChain"/> with rules of its own inserted or removed.</para>
/// <para>The runner applies imp-core's loop around the decision: after a turn with tool calls the model always reads
/// the results next unless the decision is a <see cref="StopReason.RepeatedAction"/> finish; after a finish, a
/// follow-up the host queued starts the next turn instead. Then the runner's own limits
/// (<see cref="TurnRunnerOptions.MaxTurns"/>), and every finish goes through verification closeout.</para>
/// </remarks>
public interface ILoopPolicy
{
    /// <summary>What to do after the turn <paramref name="assessment"/> describes.</summary>
    /// <param name="assessment">The turn's evidence.</param>
    /// <returns>The decision.</returns>
    LoopDecision Decide(PostTurnAssessment assessment);
}
