using System;

namespace Imp;

/// <summary>The phases a member of a <see cref="PhaseMachineAttribute">[PhaseMachine]</see> enum may go to next.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class NextAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="phases">Members of the same enum, each listed once.</param>
    public NextAttribute(params object[] phases)
    {
        Phases = phases;
    }

    /// <summary>The phases that may follow this one.</summary>
    public object[] Phases { get; }
}
