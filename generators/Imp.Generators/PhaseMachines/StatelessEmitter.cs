using System.Linq;
using Imp.Generators.Emit;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// Writes the Stateless configuration of a phase machine: <c>ConfigureTransitions</c>, two <c>CreateStateMachine</c>
/// overloads, and the check that refuses to configure a machine twice. Without a trigger enum each phase is the
/// trigger that enters it; with one, each <c>[On]</c> (and triggered <c>[FromAnyPhase]</c>) is a <c>Permit</c>.
/// </summary>
internal static class StatelessEmitter
{
    private const string DefaultDescription = "guard";

    private const string DescriptionArgument = "guardDescription ?? throw new global::System.ArgumentNullException(nameof(guardDescription))";

    public static void Write(SourceWriter writer, PhaseMachineModel model)
    {
        string machine = Machine(model);
        string guard = Guard(model);
        bool triggers = model.TriggerType is not null;
        string parameters = $"{guard}? guard = null, string guardDescription = \"{DefaultDescription}\"";
        string guardDoc = triggers
            ? "/// <param name=\"guard\">Called with the phase, the trigger and the destination when a trigger is fired; null permits every transition unguarded.</param>"
            : "/// <param name=\"guard\">Called with the phase and the destination when a phase is fired; null permits every transition unguarded.</param>";
        const string descriptionDoc = "/// <param name=\"guardDescription\">How Stateless names the guard in its messages and diagrams.</param>";

        writer.Line("/// <summary>A Stateless machine in <see cref=\"Initial\"/>, configured by <see cref=\"ConfigureTransitions\"/>.</summary>");
        writer.Line(guardDoc);
        writer.Line(descriptionDoc);
        writer.Line($"public static {machine} CreateStateMachine({parameters}) =>");
        writer.Indent();
        writer.Line($"AddTransitions(new {machine}(Initial), guard, {DescriptionArgument});");
        writer.Outdent();
        writer.Line();
        writer.Line("/// <summary>A configured Stateless machine whose phase lives outside it, read and written through the two delegates.</summary>");
        writer.Line("/// <param name=\"stateAccessor\">Reads the current phase.</param>");
        writer.Line("/// <param name=\"stateMutator\">Stores the new phase.</param>");
        writer.Line(guardDoc);
        writer.Line(descriptionDoc);
        writer.Line($"public static {machine} CreateStateMachine(global::System.Func<{model.EnumType}> stateAccessor, global::System.Action<{model.EnumType}> stateMutator, {parameters}) =>");
        writer.Indent();
        writer.Line($"AddTransitions(new {machine}(stateAccessor, stateMutator), guard, {DescriptionArgument});");
        writer.Outdent();
        writer.Line();

        writer.Line("/// <summary>");
        writer.Line(triggers
            ? "/// Configures a Stateless machine with this table's triggers: each trigger a phase accepts is a <c>Permit</c> to the phase it"
            : "/// Configures a Stateless machine with this table. The trigger of each transition is the phase it enters, so");
        writer.Line(triggers
            ? "/// leads to (<c>PermitIf</c> with a guard). Transitions no trigger causes stay the table's own."
            : "/// <c>machine.Fire(phase)</c> moves to <c>phase</c> when the table allows it (and the guard, if any, agrees).");
        writer.Line("/// Entry and exit actions and trigger parameters may be added afterwards; transitions for the same triggers may not.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"machine\">A machine with no transitions yet for the table's triggers.</param>");
        writer.Line(guardDoc);
        writer.Line(descriptionDoc);
        writer.Line("/// <returns><paramref name=\"machine\"/>, for chaining.</returns>");
        writer.Line("/// <exception cref=\"global::System.InvalidOperationException\"><paramref name=\"machine\"/> already has a transition for a trigger of the table (it was configured already).</exception>");
        writer.Line($"public static {machine} ConfigureTransitions(this {machine} machine, {parameters})");
        writer.Open();
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(machine);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(guardDescription);");
        writer.Line("EnsureUnconfigured(machine);");
        writer.Line("return AddTransitions(machine, guard, guardDescription);");
        writer.Close();
        writer.Line();

        // A machine the generated code has just created has nothing to check: CreateStateMachine skips GetInfo (see WriteHelpers).
        writer.Line($"private static {machine} AddTransitions({machine} machine, {guard}? guard, string guardDescription)");
        writer.Open();
        // A machine whose only phase is terminal configures nothing; an unused local would be a warning in user code.
        if (model.Phases.Any(p => Configures(p, triggers)))
        {
            writer.Line($"{machine}.StateConfiguration phase;");
        }

        for (int from = 0; from < model.Phases.Count; from++)
        {
            PhaseModel phase = model.Phases[from];
            if (!Configures(phase, triggers))
            {
                continue;
            }

            string source = PhaseMachineEmitter.Phase(model, from);
            writer.Line($"phase = machine.Configure({source});");
            if (triggers)
            {
                foreach (TriggerModel trigger in phase.Triggers)
                {
                    WritePermit(writer, source, trigger.Reference, trigger.Target == from ? null : PhaseMachineEmitter.Phase(model, trigger.Target));
                }
            }
            else
            {
                foreach (int to in phase.Next)
                {
                    string target = PhaseMachineEmitter.Phase(model, to);
                    WritePermit(writer, source, target, to == from ? null : target);
                }
            }
        }

        writer.Line("return machine;");
        writer.Close();
        writer.Line();
        WriteHelpers(writer, model);
    }

    private static bool Configures(PhaseModel phase, bool triggers) => !phase.IsTerminal && !(triggers && phase.Triggers.Count == 0);

    private static void WritePermit(SourceWriter writer, string from, string trigger, string? to) =>
        writer.Line(to is null
            ? $"PermitReentry(phase, {from}, {trigger}, guard, guardDescription);"
            : $"Permit(phase, {from}, {trigger}, {to}, guard, guardDescription);");

    private static void WriteHelpers(SourceWriter writer, PhaseMachineModel model)
    {
        string machine = Machine(model);
        string phase = model.EnumType;
        string trigger = model.StatelessTrigger;
        string parameters = $"{machine}.StateConfiguration phase, {phase} from, {trigger} trigger";
        string tail = $"{Guard(model)}? guard, string description";
        string check = model.TriggerType is null ? "guard(from, to)" : "guard(from, trigger, to)";

        writer.Line($"private static void Permit({parameters}, {phase} to, {tail})");
        writer.Open();
        writer.Line("if (guard is null)");
        writer.Open();
        writer.Line("phase.Permit(trigger, to);");
        writer.Close();
        writer.Line("else");
        writer.Open();
        writer.Line("phase.PermitIf(trigger, to, Guard(guard, from, trigger, to), description);");
        writer.Close();
        writer.Close();
        writer.Line();

        // A self-loop is a re-entry: Stateless runs the phase's exit and entry actions again.
        writer.Line($"private static void PermitReentry({parameters}, {tail})");
        writer.Open();
        writer.Line("if (guard is null)");
        writer.Open();
        writer.Line("phase.PermitReentry(trigger);");
        writer.Close();
        writer.Line("else");
        writer.Open();
        writer.Line("phase.PermitReentryIf(trigger, Guard(guard, from, trigger, from), description);");
        writer.Close();
        writer.Close();
        writer.Line();

        // In a method of its own: a lambda in Permit would allocate its closure on every call, guarded or not.
        writer.Line($"private static global::System.Func<bool> Guard({Guard(model)} guard, {phase} from, {trigger} trigger, {phase} to) => () => {check};");
        writer.Line();

        string inTable = model.TriggerType is null ? "CanTransition(phase, trigger)" : "CanFire(phase, trigger)";
        writer.Line("// A second configuration, or one over a transition the machine already has for a trigger of the table, would give");
        writer.Line("// Stateless two transitions for one trigger, after which it refuses every Fire of it: so this fails at once instead.");
        writer.Line("// GetInfo is the only public view of a machine's transitions in Stateless, and costs about 1.8 KB even on a new machine,");
        writer.Line("// so only machines the caller brings pay for it: CreateStateMachine configures the new machine it creates directly.");
        writer.Line($"private static void EnsureUnconfigured({machine} machine)");
        writer.Open();
        writer.Line("foreach (global::Stateless.Reflection.StateInfo state in machine.GetInfo().States)");
        writer.Open();
        writer.Line($"if (state.UnderlyingState is not {phase} phase)");
        writer.Open();
        writer.Line("continue;");
        writer.Close();
        writer.Line();
        writer.Line("foreach (global::Stateless.Reflection.TransitionInfo transition in state.Transitions)");
        writer.Open();
        writer.Line("EnsureFree(phase, transition);");
        writer.Close();
        writer.Line();
        writer.Line("foreach (global::Stateless.Reflection.TransitionInfo transition in state.IgnoredTriggers)");
        writer.Open();
        writer.Line("EnsureFree(phase, transition);");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line($"private static void EnsureFree({phase} phase, global::Stateless.Reflection.TransitionInfo transition)");
        writer.Open();
        writer.Line($"if (transition.Trigger.UnderlyingTrigger is {trigger} trigger && {inTable})");
        writer.Open();
        writer.Line("throw new global::System.InvalidOperationException(");
        writer.Indent();
        writer.Line($"$\"This Stateless machine already has a transition for trigger {{trigger}} in {{phase}}, so {model.TransitionsName}.ConfigureTransitions would add \" +");
        writer.Line("\"a second one, and Stateless would then refuse to fire it. Configure each machine once, before any transitions of your own \" +");
        writer.Line($"\"({model.TransitionsName}.CreateStateMachine() returns a configured one), and guard generated transitions with the guard parameter rather than with PermitIf.\");");
        writer.Outdent();
        writer.Close();
        writer.Close();
    }

    private static string Machine(PhaseMachineModel model) => $"global::Stateless.StateMachine<{model.EnumType}, {model.StatelessTrigger}>";

    private static string Guard(PhaseMachineModel model) =>
        model.TriggerType is null
            ? $"global::System.Func<{model.EnumType}, {model.EnumType}, bool>"
            : $"global::System.Func<{model.EnumType}, {model.TriggerType}, {model.EnumType}, bool>";
}
