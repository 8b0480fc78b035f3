using System;

namespace Imp;

/// <summary>
/// A phase that every non-terminal phase of a <see cref="PhaseMachineAttribute">[PhaseMachine]</see> may go to,
/// such as finishing on cancellation or failure, without listing it in every <see cref="NextAttribute">[Next]</see>.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class FromAnyPhaseAttribute : Attribute
{
}
