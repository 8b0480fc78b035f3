using System;

namespace Imp;

/// <summary>
/// On a member of a <see cref="PhaseMachineAttribute">[PhaseMachine]</see> enum that names a trigger enum: firing
/// <see cref="Trigger"/> in this phase enters <see cref="Phase"/>. Repeat it for each trigger the phase accepts.
/// </summary>
/// <example><code>[InitialPhase, On(OrderTrigger.Pay, Paid), On(OrderTrigger.Cancel, Cancelled)] Cart,</code></example>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class OnAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="trigger">A member of the machine's trigger enum.</param>
    /// <param name="phase">A member of the same phase enum: where the trigger leads from this phase.</param>
    public OnAttribute(object trigger, object phase)
    {
        Trigger = trigger;
        Phase = phase;
    }

    /// <summary>The trigger.</summary>
    public object Trigger { get; }

    /// <summary>The phase it leads to.</summary>
    public object Phase { get; }
}
