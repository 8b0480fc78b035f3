using System;
using System.Collections.Generic;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// Writes a list per phase (the phases it may enter, the triggers it accepts) as one static ImmutableArray field per
/// phase that has one, and the switch that returns a phase's list: a lookup allocates nothing.
/// </summary>
/// <param name="model">The machine.</param>
/// <param name="element">The type of a list's items.</param>
/// <param name="fieldPrefix">The field of a phase is this prefix and the phase's name.</param>
/// <param name="has">Whether a phase has a list (a phase without one maps to the empty array).</param>
/// <param name="items">A phase's items, as C# expressions in table order.</param>
internal sealed class PhaseListEmitter(PhaseMachineModel model, string element, string fieldPrefix, Func<PhaseModel, bool> has, Func<PhaseModel, IEnumerable<string>> items)
{
    public void WriteFields(SourceWriter writer)
    {
        foreach (PhaseModel phase in model.Phases)
        {
            if (has(phase))
            {
                writer.Line($"private static readonly {ImmutableArray}<{element}> {Field(phase)} = {ImmutableArray}.Create({string.Join(", ", items(phase))});");
            }
        }
    }

    /// <summary>Writes <c>public static ImmutableArray&lt;element&gt; name(from)</c> over the fields.</summary>
    public void WriteLookup(SourceWriter writer, string summary, string name)
    {
        writer.Line(summary);
        writer.Line($"public static {ImmutableArray}<{element}> {name}({model.EnumType} from) => from switch");
        writer.Open();
        foreach (PhaseModel phase in model.Phases)
        {
            if (has(phase))
            {
                writer.Line($"{phase.Reference} => {Field(phase)},");
            }
        }

        writer.Line($"_ => {ImmutableArray}<{element}>.Empty,");
        writer.Close(";");
    }

    private string Field(PhaseModel phase) => fieldPrefix + phase.Identifier.TrimStart('@');
}
