using System.Collections.Generic;
using System.Linq;

namespace Imp.Benchmarks.PhaseMachines;

/// <summary>
/// The baseline a hand-written runtime table would be: a dictionary from each phase to the set of phases it may
/// enter, built from the same transitions as the generated table.
/// </summary>
internal sealed class DictionaryTurnTable
{
    private readonly Dictionary<TurnPhase, HashSet<TurnPhase>> _next = TurnPhaseTransitions.All
        .GroupBy(t => t.From)
        .ToDictionary(g => g.Key, g => g.Select(t => t.To).ToHashSet());

    public bool CanTransition(TurnPhase from, TurnPhase to) => _next.TryGetValue(from, out HashSet<TurnPhase>? next) && next.Contains(to);
}
