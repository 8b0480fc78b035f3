using System.Text;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// Mermaid and Graphviz DOT text of a transition table, one line per edge, with <c>\n</c> line ends. An edge that
/// triggers cause is drawn once per trigger, labelled with it.
/// </summary>
internal static class PhaseDiagrams
{
    public static string Mermaid(PhaseMachineModel model)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append("    [*] --> ").Append(model.Phases[model.Initial].Name).Append('\n');
        ForEachEdge(model, (from, to, trigger) =>
        {
            text.Append("    ").Append(from).Append(" --> ").Append(to);
            if (trigger is not null)
            {
                text.Append(" : ").Append(trigger);
            }

            text.Append('\n');
        });
        foreach (PhaseModel phase in model.Phases)
        {
            if (phase.IsTerminal)
            {
                text.Append("    ").Append(phase.Name).Append(" --> [*]\n");
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Dot(PhaseMachineModel model)
    {
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(model.EnumName)).Append(" {\n");
        text.Append("    rankdir=LR;\n");
        text.Append("    node [shape=box, style=rounded];\n");
        text.Append("    start [shape=point];\n");
        foreach (PhaseModel phase in model.Phases)
        {
            if (phase.IsTerminal)
            {
                text.Append("    ").Append(Quote(phase.Name)).Append(" [peripheries=2];\n");
            }
        }

        text.Append("    start -> ").Append(Quote(model.Phases[model.Initial].Name)).Append(";\n");
        ForEachEdge(model, (from, to, trigger) =>
        {
            text.Append("    ").Append(Quote(from)).Append(" -> ").Append(Quote(to));
            if (trigger is not null)
            {
                text.Append(" [label=").Append(Quote(trigger)).Append(']');
            }

            text.Append(";\n");
        });
        return text.Append('}').ToString();
    }

    private static void ForEachEdge(PhaseMachineModel model, System.Action<string, string, string?> edge)
    {
        foreach (PhaseModel phase in model.Phases)
        {
            foreach (int to in phase.Next)
            {
                bool triggered = false;
                foreach (TriggerModel trigger in phase.Triggers)
                {
                    if (trigger.Target == to)
                    {
                        triggered = true;
                        edge(phase.Name, model.Phases[to].Name, trigger.Name);
                    }
                }

                if (!triggered)
                {
                    edge(phase.Name, model.Phases[to].Name, null);
                }
            }
        }
    }

    // C# identifiers hold no quote or backslash, so quoting is all DOT needs.
    private static string Quote(string id) => "\"" + id + "\"";
}
