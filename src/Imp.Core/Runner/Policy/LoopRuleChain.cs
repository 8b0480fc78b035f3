using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Imp;

/// <summary>
/// A loop policy made of ordered rules: the first rule that decides wins; when none does, the run finishes with the
/// fallback reason. Immutable: the insert and remove methods return a new chain.
/// </summary>
public sealed class LoopRuleChain : ILoopPolicy
{
    /// <summary>A chain of <paramref name="rules"/>, asked in order, finishing with <paramref name="fallback"/> when none decides.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two rules share a name.</exception>
    public LoopRuleChain(IEnumerable<ILoopRule> rules, StopReason fallback = StopReason.NoAutomaticFollowUp)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ImmutableArray<ILoopRule> all = [.. rules];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < all.Length; i++)
        {
            ILoopRule rule = all[i] ?? throw new ArgumentNullException(nameof(rules), $"Rule {i} is null.");
            if (!names.Add(rule.Name))
            {
                throw new ArgumentException($"Two rules are named '{rule.Name}'; names must be unique in a chain.", nameof(rules));
            }
        }

        Rules = all;
        Fallback = fallback;
        _fallbackDecision = LoopRules.Finish(fallback);
    }

    private readonly LoopDecision _fallbackDecision;

    /// <summary>The rules, in the order they are asked.</summary>
    public ImmutableArray<ILoopRule> Rules { get; }

    /// <summary>The stop reason when no rule decides.</summary>
    public StopReason Fallback { get; }

    /// <inheritdoc />
    public LoopDecision Decide(PostTurnAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        foreach (ILoopRule rule in Rules)
        {
            if (rule.Decide(assessment) is { } decision)
            {
                return decision;
            }
        }

        return _fallbackDecision;
    }

    /// <summary>This chain with <paramref name="rule"/> asked just before the rule named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No rule is named <paramref name="name"/>, or the new rule's name is taken.</exception>
    public LoopRuleChain InsertBefore(string name, ILoopRule rule) => new(Rules.Insert(IndexOf(name), rule), Fallback);

    /// <summary>This chain with <paramref name="rule"/> asked just after the rule named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No rule is named <paramref name="name"/>, or the new rule's name is taken.</exception>
    public LoopRuleChain InsertAfter(string name, ILoopRule rule) => new(Rules.Insert(IndexOf(name) + 1, rule), Fallback);

    /// <summary>This chain with <paramref name="rule"/> asked first.</summary>
    public LoopRuleChain Prepend(ILoopRule rule) => new(Rules.Insert(0, rule), Fallback);

    /// <summary>This chain with <paramref name="rule"/> asked last, before the fallback.</summary>
    public LoopRuleChain Append(ILoopRule rule) => new(Rules.Add(rule), Fallback);

    /// <summary>This chain without the rule named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No rule is named <paramref name="name"/>.</exception>
    public LoopRuleChain Without(string name) => new(Rules.RemoveAt(IndexOf(name)), Fallback);

    /// <summary>This chain with another fallback reason.</summary>
    public LoopRuleChain WithFallback(StopReason fallback) => new(Rules, fallback);

    private int IndexOf(string name)
    {
        for (int i = 0; i < Rules.Length; i++)
        {
            if (string.Equals(Rules[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"No rule is named '{name}'; the rules are: {string.Join(", ", Rules.Select(r => r.Name))}.", nameof(name));
    }
}
