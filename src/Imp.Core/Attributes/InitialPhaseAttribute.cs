using System;

namespace Imp;

/// <summary>The phase a <see cref="PhaseMachineAttribute">[PhaseMachine]</see> starts in; exactly one member carries it.</summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class InitialPhaseAttribute : Attribute
{
}
