using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// Where each trigger leads from each phase: a phase's <c>[On]</c>s in written order, then the triggered
/// <c>[FromAnyPhase]</c> phases in declaration order. A trigger leads to one phase from a phase; a second
/// destination is a conflict, the same one again a repeat.
/// </summary>
internal sealed class TriggerTable
{
    private TriggerTable(
        ImmutableArray<ImmutableArray<TriggerEdge>> edges,
        ImmutableArray<(int Phase, TriggerEdge First, TriggerEdge Second)> conflicts,
        ImmutableArray<(int Phase, TriggerEdge Edge)> repeats)
    {
        Edges = edges;
        Conflicts = conflicts;
        Repeats = repeats;
        Targets = edges.Select(e => e.Select(edge => edge.Target).Distinct().ToImmutableArray()).ToImmutableArray();
    }

    /// <summary>For each phase, one edge per trigger it accepts; empty for a terminal phase.</summary>
    public ImmutableArray<ImmutableArray<TriggerEdge>> Edges { get; }

    /// <summary>For each phase, the phases its triggers lead to.</summary>
    public ImmutableArray<ImmutableArray<int>> Targets { get; }

    /// <summary>A trigger that leads from a phase to two different phases: the edge kept and the one refused.</summary>
    public ImmutableArray<(int Phase, TriggerEdge First, TriggerEdge Second)> Conflicts { get; }

    /// <summary>A trigger listed again, from the same phase, to the same phase.</summary>
    public ImmutableArray<(int Phase, TriggerEdge Edge)> Repeats { get; }

    public static TriggerTable Build(ImmutableArray<PhaseShape> phases)
    {
        var edges = ImmutableArray.CreateBuilder<ImmutableArray<TriggerEdge>>(phases.Length);
        var conflicts = ImmutableArray.CreateBuilder<(int, TriggerEdge, TriggerEdge)>();
        var repeats = ImmutableArray.CreateBuilder<(int, TriggerEdge)>();
        for (int from = 0; from < phases.Length; from++)
        {
            var kept = new List<TriggerEdge>();
            if (!phases[from].IsTerminal)
            {
                foreach (TriggerEdge edge in Candidates(phases, from))
                {
                    int same = kept.FindIndex(k => k.Trigger == edge.Trigger);
                    if (same < 0)
                    {
                        kept.Add(edge);
                    }
                    else if (kept[same].Target == edge.Target)
                    {
                        repeats.Add((from, edge));
                    }
                    else
                    {
                        conflicts.Add((from, kept[same], edge));
                    }
                }
            }

            edges.Add(kept.ToImmutableArray());
        }

        return new TriggerTable(edges.MoveToImmutable(), conflicts.ToImmutable(), repeats.ToImmutable());
    }

    private static IEnumerable<TriggerEdge> Candidates(ImmutableArray<PhaseShape> phases, int from)
    {
        foreach (TriggerEdge edge in phases[from].Triggers.Edges)
        {
            yield return edge;
        }

        for (int to = 0; to < phases.Length; to++)
        {
            PhaseShape target = phases[to];
            if (to != from && target.FromAny is { } attribute && target.Triggers.FromAnyTrigger >= 0)
            {
                yield return new TriggerEdge(target.Triggers.FromAnyTrigger, to, attribute, FromAny: true);
            }
        }
    }
}
