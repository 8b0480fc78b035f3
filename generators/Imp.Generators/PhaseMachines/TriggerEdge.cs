using Microsoft.CodeAnalysis;

namespace Imp.Generators.PhaseMachines;

/// <summary>A trigger leading from a phase to another: an <c>[On]</c>, or a triggered <c>[FromAnyPhase]</c> on the target.</summary>
/// <param name="Trigger">Index into the trigger enum's members.</param>
/// <param name="Target">Index into the machine's phases.</param>
/// <param name="Attribute">The attribute that declares it.</param>
/// <param name="FromAny">True when it comes from the target's <c>[FromAnyPhase]</c>, not from an attribute on the source.</param>
internal readonly record struct TriggerEdge(int Trigger, int Target, AttributeData Attribute, bool FromAny);
