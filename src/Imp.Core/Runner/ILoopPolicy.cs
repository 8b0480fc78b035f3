namespace Imp;

/// <summary>Decides, after each turn, whether the run continues (and why) or finishes (and how).</summary>
/// <remarks>
/// The runner applies its own limits on top: a <see cref="LoopDecision.Continue"/> past
/// <see cref="TurnRunnerOptions.MaxTurns"/>, or after the same tool calls in
/// <see cref="TurnRunnerOptions.RepeatedActionLimit"/> turns in a row, becomes a blocked finish; and every finish goes
/// through verification closeout.
/// </remarks>
public interface ILoopPolicy
{
    /// <summary>What to do after the turn <paramref name="outcome"/> describes.</summary>
    /// <param name="outcome">What the turn produced.</param>
    /// <returns>The decision.</returns>
    LoopDecision Decide(TurnOutcome outcome);
}
