using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.PhaseMachines;

/// <summary>What one phase says about triggers: its <c>[On(trigger, phase)]</c> attributes and the trigger of its <c>[FromAnyPhase]</c>.</summary>
internal sealed class PhaseTriggers
{
    public const string OnAttribute = "Imp.OnAttribute";

    private PhaseTriggers(
        ImmutableArray<AttributeData> named,
        ImmutableArray<TriggerEdge> edges,
        int fromAnyTrigger,
        ImmutableArray<(string Shown, AttributeData At)> badTriggers,
        ImmutableArray<(string Shown, AttributeData At)> badTargets,
        bool argumentsCompile)
    {
        Named = named;
        Edges = edges;
        FromAnyTrigger = fromAnyTrigger;
        BadTriggers = badTriggers;
        BadTargets = badTargets;
        ArgumentsCompile = argumentsCompile;
    }

    /// <summary>Every attribute of the phase that names a trigger: its <c>[On]</c>s, and a <c>[FromAnyPhase]</c> given one.</summary>
    public ImmutableArray<AttributeData> Named { get; }

    /// <summary>True when the phase carries an <c>[On]</c>.</summary>
    public bool HasOn => Named.Any(a => SymbolFacts.Is(a, OnAttribute));

    /// <summary>The <c>[On]</c>s whose trigger and phase are both members, in written order, repeats included.</summary>
    public ImmutableArray<TriggerEdge> Edges { get; }

    /// <summary>The index of the trigger that leads here from any phase, or -1.</summary>
    public int FromAnyTrigger { get; }

    /// <summary>Triggers that are not members of the trigger enum, as written, with the attribute naming them.</summary>
    public ImmutableArray<(string Shown, AttributeData At)> BadTriggers { get; }

    /// <summary><c>[On]</c> phases that are not members of the phase enum, as written.</summary>
    public ImmutableArray<(string Shown, AttributeData At)> BadTargets { get; }

    /// <summary>False while an argument does not compile yet.</summary>
    public bool ArgumentsCompile { get; }

    public static PhaseTriggers Read(
        INamedTypeSymbol type,
        ImmutableArray<AttributeData> attributes,
        System.Func<TypedConstant, int> phaseIndex,
        TriggerEnumShape triggers)
    {
        var named = ImmutableArray.CreateBuilder<AttributeData>();
        var edges = ImmutableArray.CreateBuilder<TriggerEdge>();
        var badTriggers = ImmutableArray.CreateBuilder<(string, AttributeData)>();
        var badTargets = ImmutableArray.CreateBuilder<(string, AttributeData)>();
        bool compiles = true;
        int fromAnyTrigger = -1;
        foreach (AttributeData attribute in attributes)
        {
            if (SymbolFacts.Is(attribute, OnAttribute))
            {
                named.Add(attribute);
                if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments.Any(a => a.Kind == TypedConstantKind.Error))
                {
                    compiles = false;
                    continue;
                }

                int trigger = TriggerIndex(attribute.ConstructorArguments[0], attribute, triggers, badTriggers);
                TypedConstant phase = attribute.ConstructorArguments[1];
                int target = phaseIndex(phase);
                if (target < 0)
                {
                    badTargets.Add((ShowPhase(type, phase), attribute));
                }
                else if (trigger >= 0)
                {
                    edges.Add(new TriggerEdge(trigger, target, attribute, FromAny: false));
                }
            }
            else if (SymbolFacts.Is(attribute, PhaseMachineShape.FromAnyPhaseAttribute) && attribute.AttributeConstructor is null)
            {
                // [FromAnyPhase(T.Missing)] binds no constructor: wait until it compiles.
                compiles = false;
            }
            else if (SymbolFacts.Is(attribute, PhaseMachineShape.FromAnyPhaseAttribute) && attribute.ConstructorArguments.Length == 1)
            {
                named.Add(attribute);
                if (attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
                {
                    compiles = false;
                    continue;
                }

                fromAnyTrigger = TriggerIndex(attribute.ConstructorArguments[0], attribute, triggers, badTriggers);
            }
        }

        return new PhaseTriggers(named.ToImmutable(), edges.ToImmutable(), fromAnyTrigger, badTriggers.ToImmutable(), badTargets.ToImmutable(), compiles);
    }

    // Membership is checked only against a usable trigger enum; a missing or unusable one is reported once, on the machine.
    private static int TriggerIndex(TypedConstant value, AttributeData attribute, TriggerEnumShape triggers, ImmutableArray<(string, AttributeData)>.Builder bad)
    {
        if (!triggers.IsUsable)
        {
            return -1;
        }

        int index = triggers.IndexOf(value);
        if (index < 0)
        {
            bad.Add((triggers.Show(value), attribute));
        }

        return index;
    }

    private static string ShowPhase(INamedTypeSymbol type, TypedConstant value) =>
        value.Kind == TypedConstantKind.Enum && SymbolEqualityComparer.Default.Equals(value.Type, type)
            ? $"({type.Name}){value.Value}"
            : value.ToCSharpString();
}
