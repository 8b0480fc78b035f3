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
/// <para>
/// Name a trigger enum with <see cref="Triggers"/> and say on each phase which trigger leads where with
/// <see cref="OnAttribute">[On(trigger, phase)]</see>: the table then also answers where a trigger leads, the machine
/// fires triggers, and the Stateless configuration is a <c>StateMachine&lt;Phase, Trigger&gt;</c>.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class PhaseMachineAttribute : Attribute
{
    /// <summary>
    /// The enum whose members are this machine's triggers (events such as <c>Pay</c> or <c>Cancel</c>), or null when
    /// the phase entered is its own trigger.
    /// </summary>
    public Type? Triggers { get; set; }
}
