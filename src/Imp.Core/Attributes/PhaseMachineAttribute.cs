using System;

namespace Imp;

/// <summary>
/// Marks an enum whose members are the phases of a state machine with legal transitions known at compile time.
/// Implies <see cref="WireEnumAttribute">[WireEnum]</see>.
/// </summary>
/// <remarks>
/// <para>
/// Mark one member <see cref="InitialPhaseAttribute">[InitialPhase]</see>, list each member's successors with
/// <see cref="NextAttribute">[Next(...)]</see>, mark end states <see cref="TerminalPhaseAttribute">[TerminalPhase]</see>,
/// and a phase every other phase may go to (cancellation, failure) <see cref="FromAnyPhaseAttribute">[FromAnyPhase]</see>.
/// </para>
/// <para>
/// For an enum <c>Phase</c> the Imp generator emits <c>PhaseTransitions</c> (the table, <c>CanTransition</c>,
/// <c>AllowedNext</c>, Mermaid and DOT diagrams, and a Stateless configuration when the project references
/// Stateless) and <c>PhaseMachine</c>, a small machine that refuses illegal transitions.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class PhaseMachineAttribute : Attribute
{
}
