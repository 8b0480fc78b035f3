using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.PhaseMachines;

/// <summary>Writes the members of a phase machine that names a trigger enum: the trigger table and the machine's Fire.</summary>
internal static class TriggerEmitter
{
    public static void WriteTable(SourceWriter writer, PhaseMachineModel model)
    {
        string phase = model.EnumType;
        string trigger = model.TriggerType!;
        writer.Line("/// <summary>Every transition a trigger causes, as (phase, trigger, destination), grouped by phase in declaration order.</summary>");
        writer.Line($"public static {ImmutableArray}<({phase} From, {trigger} Trigger, {phase} To)> Triggered {{ get; }} = {ImmutableArray}.Create(new ({phase}, {trigger}, {phase})[]");
        writer.Open();
        ForEachTrigger(model, (from, t) => writer.Line($"({Phase(model, from)}, {t.Reference}, {Phase(model, t.Target)}),"));
        writer.Close(");");
        writer.Line();

        var permitted = new PhaseListEmitter(model, trigger, "s_triggersIn", phase => phase.Triggers.Count > 0, phase => phase.Triggers.Select(t => t.Reference));
        permitted.WriteFields(writer);
        writer.Line();
        permitted.WriteLookup(writer, "/// <summary>The triggers a machine in <paramref name=\"from\"/> may fire, in table order; empty when none. Nothing is allocated.</summary>", "PermittedTriggers");
        writer.Line();

        writer.Line("/// <summary>Where <paramref name=\"trigger\"/> leads from <paramref name=\"from\"/>.</summary>");
        writer.Line("/// <returns>True, with the destination in <paramref name=\"to\"/>; false when the trigger is not permitted in <paramref name=\"from\"/>.</returns>");
        writer.Line($"public static bool TryGetDestination({phase} from, {trigger} trigger, out {phase} to)");
        writer.Open();
        writer.Line("switch (from)");
        writer.Open();
        for (int from = 0; from < model.Phases.Count; from++)
        {
            PhaseModel source = model.Phases[from];
            if (source.Triggers.Count == 0)
            {
                continue;
            }

            writer.Line($"case {Phase(model, from)}:");
            writer.Indent();
            writer.Line("switch (trigger)");
            writer.Open();
            foreach (TriggerModel t in source.Triggers)
            {
                writer.Case($"case {t.Reference}:", $"to = {Phase(model, t.Target)};", "return true;");
            }

            writer.Close();
            writer.Line();
            writer.Line("break;");
            writer.Outdent();
        }

        writer.Close();
        writer.Line();
        writer.Line("to = default;");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Whether <paramref name=\"trigger\"/> may be fired in <paramref name=\"from\"/>.</summary>");
        writer.Line($"public static bool CanFire({phase} from, {trigger} trigger) => TryGetDestination(from, trigger, out _);");
    }

    public static void WriteMachine(SourceWriter writer, PhaseMachineModel model)
    {
        string transitions = model.TransitionsName;
        string trigger = model.TriggerType!;
        writer.Line("/// <summary>The triggers the machine may fire now.</summary>");
        writer.Line($"public {ImmutableArray}<{trigger}> PermittedTriggers => {transitions}.PermittedTriggers(Current);");
        writer.Line();
        new PhaseMove(
            "Fire",
            trigger,
            "trigger",
            "/// <summary>Enters the phase <paramref name=\"trigger\"/> leads to from the current one; when it leads nowhere, changes nothing and returns false.</summary>",
            $"{transitions}.TryGetDestination(from, trigger, out {model.EnumType} next)",
            "/// <summary>Enters the phase <paramref name=\"trigger\"/> leads to from the current one.</summary>",
            "/// <exception cref=\"global::Imp.PhaseTriggerException\">The trigger is not permitted here; the message names the phase, the trigger and the permitted ones.</exception>",
            $"global::Imp.PhaseTriggerException.Create(Current, trigger, {transitions}.PermittedTriggers(Current), {model.ExtensionsName}.AsStr)").Write(writer, model);
    }

    /// <summary>Calls <paramref name="edge"/> with each phase index and each trigger it accepts, in table order.</summary>
    public static void ForEachTrigger(PhaseMachineModel model, System.Action<int, TriggerModel> edge)
    {
        for (int from = 0; from < model.Phases.Count; from++)
        {
            foreach (TriggerModel t in model.Phases[from].Triggers)
            {
                edge(from, t);
            }
        }
    }

    private static string Phase(PhaseMachineModel model, int index) => PhaseMachineEmitter.Phase(model, index);
}
