using System;

namespace Imp;

/// <summary>An end state of a <see cref="PhaseMachineAttribute">[PhaseMachine]</see>: no transition leaves it.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class TerminalPhaseAttribute : Attribute
{
}
