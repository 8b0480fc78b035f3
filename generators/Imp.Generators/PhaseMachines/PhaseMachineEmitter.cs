using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;

namespace Imp.Generators.PhaseMachines;

/// <summary>Writes the source of one [PhaseMachine] enum: its transitions class and its machine.</summary>
internal static class PhaseMachineEmitter
{
    public static string Emit(PhaseMachineModel model)
    {
        var writer = new SourceWriter();
        Generated.WriteFileStart(writer, "PhaseMachine", model.EnumType, model.Namespace);
        WriteTransitions(writer, model);
        writer.Line();
        WriteMachine(writer, model);
        Generated.WriteFileEnd(writer, model.Namespace);
        return writer.ToString();
    }

    private static void WriteTransitions(SourceWriter writer, PhaseMachineModel model)
    {
        string type = model.EnumType;
        writer.Line("/// <summary>");
        writer.Line($"/// The legal transitions of <see cref=\"{type}\"/>, generated from its <c>[PhaseMachine]</c>, <c>[Next]</c>,");
        writer.Line(model.TriggerType is null
            ? "/// <c>[InitialPhase]</c>, <c>[TerminalPhase]</c> and <c>[FromAnyPhase]</c> attributes."
            : "/// <c>[On]</c>, <c>[InitialPhase]</c>, <c>[TerminalPhase]</c> and <c>[FromAnyPhase]</c> attributes.");
        writer.Line("/// </summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"{Accessibility(model)} static partial class {model.TransitionsName}");
        writer.Open();

        writer.Line("/// <summary>The phase a machine starts in.</summary>");
        writer.Line($"public const {type} Initial = {Phase(model, model.Initial)};");
        writer.Line();

        writer.Line("/// <summary>Every allowed transition, grouped by source phase in declaration order.</summary>");
        writer.Line($"public static {ImmutableArray}<({type} From, {type} To)> All {{ get; }} = {ImmutableArray}.Create(new ({type}, {type})[]");
        writer.Open();
        for (int from = 0; from < model.Phases.Count; from++)
        {
            foreach (int to in model.Phases[from].Next)
            {
                writer.Line($"({Phase(model, from)}, {Phase(model, to)}),");
            }
        }

        writer.Close(");");
        writer.Line();

        var allowedNext = new PhaseListEmitter(model, type, "s_from", phase => !phase.IsTerminal, phase => phase.Next.Select(to => Phase(model, to)));
        allowedNext.WriteFields(writer);

        writer.Line();
        if (model.FromIndex is { } fromIndex && model.ToIndex is { } toIndex)
        {
            WriteBitTable(writer, model, fromIndex, toIndex);
        }
        else
        {
            writer.Line("/// <summary>Whether a machine in <paramref name=\"from\"/> may enter <paramref name=\"to\"/>.</summary>");
            writer.Line($"public static bool CanTransition({type} from, {type} to) => from switch");
            writer.Open();
            for (int from = 0; from < model.Phases.Count; from++)
            {
                PhaseModel phase = model.Phases[from];
                if (!phase.IsTerminal)
                {
                    writer.Line($"{Phase(model, from)} => to is {string.Join(" or ", phase.Next.Select(to => Phase(model, to)))},");
                }
            }

            writer.Line("_ => false,");
            writer.Close(";");
        }

        writer.Line();

        allowedNext.WriteLookup(writer, "/// <summary>The phases a machine in <paramref name=\"from\"/> may enter, in table order; empty for a terminal phase. Nothing is allocated.</summary>", "AllowedNext");
        writer.Line();

        string[] terminals = Enumerable.Range(0, model.Phases.Count).Where(i => model.Phases[i].IsTerminal).Select(i => Phase(model, i)).ToArray();
        writer.Line("/// <summary>Whether <paramref name=\"phase\"/> is an end state, which no transition leaves.</summary>");
        writer.Line(terminals.Length == 0
            ? $"public static bool IsTerminal({type} phase) => false;"
            : $"public static bool IsTerminal({type} phase) => phase is {string.Join(" or ", terminals)};");
        writer.Line();

        WriteDiagram(writer, "/// <summary>The table as a Mermaid <c>stateDiagram-v2</c>.</summary>", "Mermaid", PhaseDiagrams.Mermaid(model));
        writer.Line();
        WriteDiagram(writer, "/// <summary>The table as a Graphviz DOT digraph.</summary>", "Dot", PhaseDiagrams.Dot(model));

        if (model.TriggerType is not null)
        {
            writer.Line();
            TriggerEmitter.WriteTable(writer, model);
        }

        if (model.WithStateless)
        {
            writer.Line();
            StatelessEmitter.Write(writer, model);
        }

        writer.Close();
    }

    // One ulong per phase, bit t set when it may enter phase t: a test is a shift and a mask, with no jump to mispredict.
    private static void WriteBitTable(SourceWriter writer, PhaseMachineModel model, string fromIndex, string toIndex)
    {
        writer.Line("// Bit t of NextBits[f] is set when the phase at index f (by value, from the lowest) may enter the phase at index t.");
        writer.Line("// A span over constant data: read straight from the assembly, no static field to load.");
        writer.Line("private static global::System.ReadOnlySpan<ulong> NextBits => new ulong[]");
        writer.Open();
        foreach (PhaseModel phase in model.Phases)
        {
            ulong bits = 0;
            foreach (int to in phase.Next)
            {
                // Stryker disable once Assignment : equivalent — a phase's successors are distinct, so no bit is set twice and ^= sets the same bits.
                bits |= 1UL << to;
            }

            string targets = phase.Next.Count == 0 ? "none" : string.Join(", ", phase.Next.Select(to => model.Phases[to].Name));
            writer.Line($"0x{bits.ToString("X16", System.Globalization.CultureInfo.InvariantCulture)}, // {phase.Name} -> {targets}");
        }

        writer.Close(";");
        writer.Line();
        writer.Line("/// <summary>Whether a machine in <paramref name=\"from\"/> may enter <paramref name=\"to\"/>.</summary>");
        writer.Line($"public static bool CanTransition({model.EnumType} from, {model.EnumType} to)");
        writer.Open();
        writer.Line($"ulong fromIndex = {fromIndex};");
        writer.Line($"ulong toIndex = {toIndex};");
        writer.Line("global::System.ReadOnlySpan<ulong> nextBits = NextBits;");
        writer.Line("return fromIndex < (ulong)nextBits.Length && toIndex < 64 && ((nextBits[(int)fromIndex] >> (int)toIndex) & 1) != 0;");
        writer.Close();
    }

    private static void WriteDiagram(SourceWriter writer, string summary, string name, string diagram)
    {
        writer.Line(summary);
        writer.Line($"public const string {name} = \"\"\"");
        writer.Indent();
        foreach (string line in diagram.Split('\n'))
        {
            writer.Line(line);
        }

        writer.Line("\"\"\";");
        writer.Outdent();
    }

    private static void WriteMachine(SourceWriter writer, PhaseMachineModel model)
    {
        string type = model.EnumType;
        string transitions = model.TransitionsName;
        string action = $"global::System.Action<{type}, {type}>";
        writer.Line("/// <summary>");
        writer.Line($"/// A state machine over <see cref=\"{type}\"/> that enters only the phases <see cref=\"{transitions}\"/> allows.");
        writer.Line("/// Not thread-safe: one machine belongs to one run.");
        writer.Line("/// </summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line($"{Accessibility(model)} sealed partial class {model.MachineName}");
        writer.Open();
        writer.Line($"private readonly {action}? _onTransition;");
        writer.Line();
        writer.Line($"/// <summary>Starts in the initial phase, <see cref=\"{model.EnumType}.{model.Phases[model.Initial].Identifier}\"/>.</summary>");
        writer.Line("/// <param name=\"onTransition\">Called with the previous and the new phase after each transition.</param>");
        writer.Line($"public {model.MachineName}({action}? onTransition = null)");
        writer.Indent();
        writer.Line($": this({transitions}.Initial, onTransition)");
        writer.Outdent();
        writer.Open();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Starts in <paramref name=\"start\"/>, for example to resume a run.</summary>");
        writer.Line("/// <param name=\"start\">The current phase.</param>");
        writer.Line("/// <param name=\"onTransition\">Called with the previous and the new phase after each transition.</param>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"start\"/> is not a declared phase.</exception>");
        writer.Line($"public {model.MachineName}({type} start, {action}? onTransition = null)");
        writer.Open();
        writer.Block(
            "if (!global::System.Enum.IsDefined(start))",
            $"throw new global::System.ArgumentOutOfRangeException(nameof(start), start, \"Not a declared {model.EnumName} phase.\");");
        writer.Line();
        writer.Line("Current = start;");
        writer.Line("_onTransition = onTransition;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The phase the machine is in.</summary>");
        writer.Line($"public {type} Current {{ get; private set; }}");
        writer.Line();
        writer.Line("/// <summary>Whether the machine is in a terminal phase.</summary>");
        writer.Line($"public bool IsFinished => {transitions}.IsTerminal(Current);");
        writer.Line();
        writer.Line("/// <summary>The phases the machine may enter next.</summary>");
        writer.Line($"public {ImmutableArray}<{type}> AllowedNext => {transitions}.AllowedNext(Current);");
        writer.Line();
        new PhaseMove(
            "Enter",
            type,
            "next",
            "/// <summary>Enters <paramref name=\"next\"/> when the table allows it; otherwise changes nothing and returns false.</summary>",
            $"{transitions}.CanTransition(from, next)",
            "/// <summary>Enters <paramref name=\"next\"/>.</summary>",
            "/// <exception cref=\"global::Imp.PhaseTransitionException\">The table does not allow it; the message names both phases and the allowed ones.</exception>",
            $"global::Imp.PhaseTransitionException.Create(Current, next, {transitions}.AllowedNext(Current), {model.ExtensionsName}.AsStr)").Write(writer, model);
        if (model.TriggerType is not null)
        {
            writer.Line();
            TriggerEmitter.WriteMachine(writer, model);
        }

        writer.Close();
    }

    internal static string Phase(PhaseMachineModel model, int index) => model.Phases[index].Reference;

    internal static string Accessibility(PhaseMachineModel model) => model.IsPublic ? "public" : "internal";
}
