using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.PhaseMachines;

/// <summary>One phase (enum member) of a <see cref="PhaseMachineShape"/>, with its attributes read.</summary>
internal sealed class PhaseShape
{
    public PhaseShape(
        IFieldSymbol field,
        AttributeData? next,
        ImmutableArray<int> explicitTargets,
        ImmutableArray<string> badTargets,
        ImmutableArray<int> repeatedTargets,
        bool isInitial,
        bool isTerminal,
        AttributeData? fromAny,
        PhaseTriggers triggers)
    {
        Field = field;
        Next = next;
        ExplicitTargets = explicitTargets;
        BadTargets = badTargets;
        RepeatedTargets = repeatedTargets;
        IsInitial = isInitial;
        IsTerminal = isTerminal;
        FromAny = fromAny;
        Triggers = triggers;
    }

    public IFieldSymbol Field { get; }

    /// <summary>The member's <c>[Next]</c>, if any.</summary>
    public AttributeData? Next { get; }

    /// <summary>Indexes (into the machine's phases) of the <c>[Next]</c> targets, each once, in written order.</summary>
    public ImmutableArray<int> ExplicitTargets { get; }

    /// <summary>Each <c>[Next]</c> argument that is not a member of the same enum, as written.</summary>
    public ImmutableArray<string> BadTargets { get; }

    /// <summary>Indexes of targets listed more than once, or listed although <c>[FromAnyPhase]</c> already allows them.</summary>
    public ImmutableArray<int> RepeatedTargets { get; }

    public bool IsInitial { get; }

    public bool IsTerminal { get; }

    /// <summary>The member's <c>[FromAnyPhase]</c>, if any.</summary>
    public AttributeData? FromAny { get; }

    public bool IsFromAny => FromAny is not null;

    /// <summary>The member's <c>[On]</c> attributes and the trigger of its <c>[FromAnyPhase]</c>, read.</summary>
    public PhaseTriggers Triggers { get; }

    public PhaseShape WithRepeatedTargets(ImmutableArray<int> repeated) =>
        new(Field, Next, ExplicitTargets, BadTargets, repeated, IsInitial, IsTerminal, FromAny, Triggers);
}
