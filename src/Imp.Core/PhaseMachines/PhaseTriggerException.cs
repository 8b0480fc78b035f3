using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Imp;

/// <summary>A trigger fired in a phase where the generated trigger table gives it no destination.</summary>
public sealed class PhaseTriggerException : InvalidOperationException
{
    /// <summary>Creates the exception; the message names the phase, the trigger and the triggers permitted there.</summary>
    /// <param name="phaseType">The phase enum.</param>
    /// <param name="phase">The wire name of the current phase.</param>
    /// <param name="trigger">The refused trigger's name.</param>
    /// <param name="permitted">The names of the triggers permitted in <paramref name="phase"/>.</param>
    public PhaseTriggerException(Type phaseType, string phase, string trigger, IReadOnlyList<string> permitted)
        : base(Describe(phaseType, phase, trigger, permitted))
    {
        PhaseType = phaseType;
        Phase = phase;
        Trigger = trigger;
        Permitted = permitted;
    }

    /// <summary>The phase enum.</summary>
    public Type PhaseType { get; }

    /// <summary>The wire name of the phase the machine was in.</summary>
    public string Phase { get; }

    /// <summary>The name of the trigger that was fired.</summary>
    public string Trigger { get; }

    /// <summary>The names of the triggers it could have fired.</summary>
    public IReadOnlyList<string> Permitted { get; }

    /// <summary>Builds the exception from enum values; used by generated machines.</summary>
    public static PhaseTriggerException Create<TPhase, TTrigger>(TPhase phase, TTrigger trigger, ImmutableArray<TTrigger> permitted, Func<TPhase, string> name)
        where TPhase : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        return new PhaseTriggerException(typeof(TPhase), name(phase), trigger.ToString(), permitted.Select(t => t.ToString()).ToArray());
    }

    private static string Describe(Type phaseType, string phase, string trigger, IReadOnlyList<string> permitted)
    {
        string options = permitted.Count == 0
            ? $"no trigger is permitted in {phase}"
            : $"permitted in {phase}: {string.Join(", ", permitted)}";
        return $"The {phaseType.Name} machine cannot fire {trigger} in {phase}; {options}.";
    }
}
