using Imp.Generators.Model;

namespace Imp.Generators.PhaseMachines;

/// <summary>One phase as the emitter writes it.</summary>
/// <param name="Identifier">The member as written in C# (<c>@class</c> for a keyword).</param>
/// <param name="Reference">How generated code names it: <c>global::Ns.E.Member</c>, or a cast for an [Obsolete] member.</param>
/// <param name="Name">The member's C# name, for diagrams.</param>
/// <param name="Next">Indexes of the phases it may enter, in table order.</param>
/// <param name="IsTerminal">True for an end state.</param>
/// <param name="Triggers">The triggers it accepts and where each leads, one per trigger; empty without a trigger enum.</param>
internal readonly record struct PhaseModel(string Identifier, string Reference, string Name, EquatableArray<int> Next, bool IsTerminal, EquatableArray<TriggerModel> Triggers);

/// <summary>A trigger accepted in a phase, as the emitter writes it.</summary>
/// <param name="Reference">How generated code names the trigger (<c>global::Ns.T.Pay</c>, or a cast for an [Obsolete] one).</param>
/// <param name="Name">The trigger's C# name, for diagrams.</param>
/// <param name="Target">Index of the phase it leads to.</param>
internal readonly record struct TriggerModel(string Reference, string Name, int Target);
