namespace Imp;

/// <summary>One rule of a <see cref="LoopRuleChain"/>: it decides, or passes to the next rule.</summary>
public interface ILoopRule
{
    /// <summary>The rule's name, unique in its chain (imp-core's rules are named in <see cref="LoopRules"/>).</summary>
    string Name { get; }

    /// <summary>The decision this rule makes for <paramref name="assessment"/>, or <see langword="null"/> to pass.</summary>
    LoopDecision? Decide(PostTurnAssessment assessment);
}
