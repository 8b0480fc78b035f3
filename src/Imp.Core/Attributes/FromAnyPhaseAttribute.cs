using System;

namespace Imp;

/// <summary>
/// A phase that every non-terminal phase of a <see cref="PhaseMachineAttribute">[PhaseMachine]</see> may go to,
/// such as finishing on cancellation or failure, without listing it in every <see cref="NextAttribute">[Next]</see>.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class FromAnyPhaseAttribute : Attribute
{
    /// <summary>Every non-terminal phase may enter this one; no trigger leads here.</summary>
    public FromAnyPhaseAttribute()
    {
    }

    /// <summary>Every non-terminal phase may enter this one, and <paramref name="trigger"/> leads here from each of them.</summary>
    /// <param name="trigger">A member of the machine's <see cref="PhaseMachineAttribute.Triggers"/> enum.</param>
    public FromAnyPhaseAttribute(object trigger)
    {
        Trigger = trigger;
    }

    /// <summary>The trigger that leads here from any phase, or null.</summary>
    public object? Trigger { get; }
}
