using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Imp.Generators.Parsing;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// A [PhaseMachine] enum read from its symbol, with its transition graph and every rule the generator and the
/// analyzer share. Like <see cref="WireEnumShape"/> it holds symbols and never leaves the transform step.
/// </summary>
internal sealed class PhaseMachineShape
{
    public const string PhaseMachineAttribute = "Imp.PhaseMachineAttribute";
    public const string NextAttribute = "Imp.NextAttribute";
    public const string InitialPhaseAttribute = "Imp.InitialPhaseAttribute";
    public const string TerminalPhaseAttribute = "Imp.TerminalPhaseAttribute";
    public const string FromAnyPhaseAttribute = "Imp.FromAnyPhaseAttribute";

    /// <summary>The attributes that mean something only on a member of a [PhaseMachine] enum.</summary>
    public static readonly ImmutableArray<string> MemberAttributes =
        ImmutableArray.Create(NextAttribute, InitialPhaseAttribute, TerminalPhaseAttribute, FromAnyPhaseAttribute, PhaseTriggers.OnAttribute);

    private PhaseMachineShape(WireEnumShape wire, TriggerEnumShape triggers, ImmutableArray<PhaseShape> phases, bool argumentsCompile)
    {
        Wire = wire;
        Triggers = triggers;
        Phases = phases;
        ArgumentsCompile = argumentsCompile && triggers.Compiles && phases.All(p => p.Triggers.ArgumentsCompile);
        Successors = phases.Select((phase, index) => SuccessorsOf(phases, index)).ToImmutableArray();
        TriggerTable = TriggerTable.Build(phases);
        Initial = phases.Where(p => p.IsInitial).ToImmutableArray();
        // Reachability means nothing until there is one start, or while two members are one phase.
        bool canReach = Initial.Length == 1 && !wire.Members.Any(m => m.IsAlias);
        int initial = phases.IndexOf(Initial.FirstOrDefault()!);
        TriggerUnreachable = canReach && triggers.IsUsable
            ? FindUnreachable(initial, TriggerTable.Targets).Where(i => !TriggerTable.Edges[i].IsEmpty).ToImmutableArray()
            : ImmutableArray<int>.Empty;
        Unreachable = canReach
            ? FindUnreachable(initial, Successors).Except(TriggerUnreachable).ToImmutableArray()
            : ImmutableArray<int>.Empty;
    }

    public WireEnumShape Wire { get; }

    public ImmutableArray<PhaseShape> Phases { get; }

    /// <summary>The trigger enum the machine names, if any.</summary>
    public TriggerEnumShape Triggers { get; }

    /// <summary>Each phase's triggers and where they lead, with conflicts and repeats found.</summary>
    public TriggerTable TriggerTable { get; }

    /// <summary>Indexes of phases that have triggers but that no sequence of triggers reaches from the initial phase.</summary>
    public ImmutableArray<int> TriggerUnreachable { get; }

    /// <summary>False while an attribute argument does not compile yet.</summary>
    public bool ArgumentsCompile { get; }

    /// <summary>For each phase, the indexes of the phases it may enter: its [Next] targets, then every [FromAnyPhase] phase.</summary>
    public ImmutableArray<ImmutableArray<int>> Successors { get; }

    /// <summary>The members marked [InitialPhase]; exactly one in a valid machine.</summary>
    public ImmutableArray<PhaseShape> Initial { get; }

    /// <summary>Indexes of phases no path from the initial phase reaches (those in <see cref="TriggerUnreachable"/> left out).</summary>
    public ImmutableArray<int> Unreachable { get; }

    /// <summary>True when members share a value, so two phases could not be told apart.</summary>
    public bool HasAliases => Wire.Members.Any(m => m.IsAlias);

    /// <summary>Whether code can be generated: everything an error diagnostic would stop is absent.</summary>
    public bool CanGenerate =>
        Wire.CanGenerate
        && ArgumentsCompile
        && !HasAliases
        && Initial.Length == 1
        && Phases.All(p => p.BadTargets.IsEmpty)
        && !Phases.Any(p => p.IsTerminal && !p.ExplicitTargets.IsEmpty)
        && DeadEnds.IsEmpty
        && (!Triggers.IsNamed || Triggers.IsUsable)
        && (Triggers.IsNamed || Phases.All(p => p.Triggers.Named.IsEmpty))
        && Phases.All(p => p.Triggers.BadTriggers.IsEmpty && p.Triggers.BadTargets.IsEmpty && !(p.IsTerminal && p.Triggers.HasOn))
        && TriggerTable.Conflicts.IsEmpty
        && UserDeclaredTypes.PhaseMachineNamesFree(Wire.Type, Wire.Reach == TypeReach.Public);

    /// <summary>Indexes of non-terminal phases with no way out: a machine entering one would be stuck.</summary>
    public ImmutableArray<int> DeadEnds =>
        Enumerable.Range(0, Phases.Length).Where(i => !Phases[i].IsTerminal && Successors[i].IsEmpty).ToImmutableArray();

    public static bool IsPhaseMachine(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Enum && SymbolFacts.Has(type, PhaseMachineAttribute);

    public static PhaseMachineShape Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        WireEnumShape wire = WireEnumShape.Read(type, cancellationToken);
        TriggerEnumShape triggers = TriggerEnumShape.Read(type);
        ImmutableArray<IFieldSymbol> fields = wire.Members.Select(m => m.Field).ToImmutableArray();
        int PhaseIndex(TypedConstant value) =>
            value.Kind == TypedConstantKind.Enum && SymbolEqualityComparer.Default.Equals(value.Type, type) ? IndexOfValue(fields, value.Value) : -1;
        var phases = ImmutableArray.CreateBuilder<PhaseShape>(fields.Length);
        bool argumentsCompile = true;
        foreach (IFieldSymbol field in fields)
        {
            // Stryker disable once Statement : equivalent — WireEnumShape.Read has just checked the token for every member, so a cancelled token throws there first; only how soon a cancellation during this loop is seen differs.
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<AttributeData> attributes = field.GetAttributes();
            AttributeData? next = attributes.FirstOrDefault(a => SymbolFacts.Is(a, NextAttribute));
            var targets = ImmutableArray.CreateBuilder<int>();
            var bad = ImmutableArray.CreateBuilder<string>();
            var repeated = ImmutableArray.CreateBuilder<int>();
            if (next is not null)
            {
                argumentsCompile &= ReadTargets(type, fields, next, targets, bad, repeated);
            }

            phases.Add(new PhaseShape(
                field,
                next,
                targets.ToImmutable(),
                bad.ToImmutable(),
                repeated.ToImmutable(),
                isInitial: attributes.Any(a => SymbolFacts.Is(a, InitialPhaseAttribute)),
                isTerminal: attributes.Any(a => SymbolFacts.Is(a, TerminalPhaseAttribute)),
                fromAny: attributes.FirstOrDefault(a => SymbolFacts.Is(a, FromAnyPhaseAttribute)),
                PhaseTriggers.Read(type, attributes, PhaseIndex, triggers)));
        }

        return new PhaseMachineShape(wire, triggers, MarkRedundantFromAny(phases.MoveToImmutable()), argumentsCompile);
    }

    /// <summary>Reads [Next]'s arguments; false when they do not compile yet.</summary>
    private static bool ReadTargets(
        INamedTypeSymbol type,
        ImmutableArray<IFieldSymbol> fields,
        AttributeData next,
        ImmutableArray<int>.Builder targets,
        ImmutableArray<string>.Builder bad,
        ImmutableArray<int>.Builder repeated)
    {
        if (next.ConstructorArguments.Length != 1)
        {
            return false;
        }

        TypedConstant argument = next.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Error)
        {
            return false;
        }

        if (argument.Kind != TypedConstantKind.Array || argument.IsNull)
        {
            // ToCSharpString writes a null constant as "null", as the message shows it.
            bad.Add(argument.ToCSharpString());
            // Stryker disable once Boolean : equivalent — the bad target just added already stops generation, and ArgumentsCompile is read only by CanGenerate.
            return true;
        }

        foreach (TypedConstant value in argument.Values)
        {
            if (value.Kind == TypedConstantKind.Error)
            {
                return false;
            }

            bool ofThisEnum = value.Kind == TypedConstantKind.Enum && SymbolEqualityComparer.Default.Equals(value.Type, type);
            int index = ofThisEnum ? IndexOfValue(fields, value.Value) : -1;
            if (index < 0)
            {
                // A value of this enum with no member reads best as the cast that produced it.
                bad.Add(ofThisEnum ? $"({type.Name}){value.Value}" : value.ToCSharpString());
            }
            else if (targets.Contains(index))
            {
                repeated.Add(index);
            }
            else
            {
                targets.Add(index);
            }
        }

        return true;
    }

    private static int IndexOfValue(ImmutableArray<IFieldSymbol> fields, object? value)
    {
        // Stryker: survives (conditional made false) — equivalent: an enum constant always has a value, and Convert.ToString(null) is "", which no member's value is.
        string? text = value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
        for (int i = 0; i < fields.Length; i++)
        {
            if (fields[i].HasConstantValue && Convert.ToString(fields[i].ConstantValue, CultureInfo.InvariantCulture) == text)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A [Next] target that is also [FromAnyPhase] is allowed anyway: report it with the repeats.</summary>
    private static ImmutableArray<PhaseShape> MarkRedundantFromAny(ImmutableArray<PhaseShape> phases)
    {
        var fromAny = new HashSet<int>(phases.Select((p, i) => (p, i)).Where(x => x.p.IsFromAny).Select(x => x.i));
        return phases.Select((phase, index) =>
        {
            ImmutableArray<int> redundant = phase.ExplicitTargets.Where(t => fromAny.Contains(t) && t != index).ToImmutableArray();
            // Stryker: survives (conditional made false) — equivalent: the copy adds no target, so it equals the phase field for field; only an allocation differs.
            return redundant.IsEmpty ? phase : phase.WithRepeatedTargets(phase.RepeatedTargets.AddRange(redundant));
        }).ToImmutableArray();
    }

    private static ImmutableArray<int> SuccessorsOf(ImmutableArray<PhaseShape> phases, int index)
    {
        PhaseShape phase = phases[index];
        if (phase.IsTerminal)
        {
            return ImmutableArray<int>.Empty;
        }

        var successors = new List<int>(phase.ExplicitTargets);
        foreach (TriggerEdge edge in phase.Triggers.Edges)
        {
            if (!successors.Contains(edge.Target))
            {
                successors.Add(edge.Target);
            }
        }

        for (int i = 0; i < phases.Length; i++)
        {
            if (phases[i].IsFromAny && i != index && !successors.Contains(i))
            {
                successors.Add(i);
            }
        }

        return successors.ToImmutableArray();
    }

    internal static ImmutableArray<int> FindUnreachable(int initial, ImmutableArray<ImmutableArray<int>> successors)
    {
        var reached = new bool[successors.Length];
        var pending = new Stack<int>();
        pending.Push(initial);
        reached[initial] = true;
        while (pending.Count > 0)
        {
            foreach (int next in successors[pending.Pop()])
            {
                if (!reached[next])
                {
                    reached[next] = true;
                    pending.Push(next);
                }
            }
        }

        return Enumerable.Range(0, successors.Length).Where(i => !reached[i]).ToImmutableArray();
    }
}
