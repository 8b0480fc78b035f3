using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Imp;

/// <summary>An attempt to enter a phase that the transition table does not allow from the current one.</summary>
public sealed class PhaseTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception; the message names the turn (when known), both phases and the allowed ones.</summary>
    /// <param name="phaseType">The phase enum.</param>
    /// <param name="from">The wire name of the current phase.</param>
    /// <param name="to">The wire name of the refused phase.</param>
    /// <param name="allowed">The wire names of the phases allowed from <paramref name="from"/>.</param>
    /// <param name="turn">The turn index, when the machine runs a turn.</param>
    public PhaseTransitionException(Type phaseType, string from, string to, IReadOnlyList<string> allowed, long? turn = null)
        : base(Describe(phaseType, from, to, allowed, turn))
    {
        PhaseType = phaseType;
        From = from;
        To = to;
        Allowed = allowed;
        Turn = turn;
    }

    /// <summary>The phase enum.</summary>
    public Type PhaseType { get; }

    /// <summary>The wire name of the phase the machine was in.</summary>
    public string From { get; }

    /// <summary>The wire name of the phase it was asked to enter.</summary>
    public string To { get; }

    /// <summary>The wire names of the phases it could have entered.</summary>
    public IReadOnlyList<string> Allowed { get; }

    /// <summary>The turn index, when known.</summary>
    public long? Turn { get; }

    /// <summary>Builds the exception from phase values; used by generated machines.</summary>
    public static PhaseTransitionException Create<TPhase>(TPhase from, TPhase to, ImmutableArray<TPhase> allowed, Func<TPhase, string> name, long? turn = null)
        where TPhase : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        return new PhaseTransitionException(typeof(TPhase), name(from), name(to), allowed.Select(name).ToArray(), turn);
    }

    private static string Describe(Type phaseType, string from, string to, IReadOnlyList<string> allowed, long? turn)
    {
        string who = turn is { } index ? $"Turn {index}" : $"The {phaseType.Name} machine";
        string options = allowed.Count == 0
            ? $"{from} is terminal: no phase may follow it"
            : $"allowed from {from}: {string.Join(", ", allowed)}";
        return $"{who} cannot enter {to} from {from}; {options}.";
    }
}
