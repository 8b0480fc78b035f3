using System.Text;

namespace Imp.Generators.PhaseMachines;

/// <summary>Mermaid and Graphviz DOT text of a transition table, one line per edge, with <c>\n</c> line ends.</summary>
internal static class PhaseDiagrams
{
    public static string Mermaid(PhaseMachineModel model)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append("    [*] --> ").Append(model.Phases[model.Initial].Name).Append('\n');
        ForEachEdge(model, (from, to) => text.Append("    ").Append(from).Append(" --> ").Append(to).Append('\n'));
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
        ForEachEdge(model, (from, to) => text.Append("    ").Append(Quote(from)).Append(" -> ").Append(Quote(to)).Append(";\n"));
        return text.Append('}').ToString();
    }

    private static void ForEachEdge(PhaseMachineModel model, System.Action<string, string> edge)
    {
        foreach (PhaseModel phase in model.Phases)
        {
            foreach (int to in phase.Next)
            {
                edge(phase.Name, model.Phases[to].Name);
            }
        }
    }

    // C# identifiers hold no quote or backslash, so quoting is all DOT needs.
    private static string Quote(string id) => "\"" + id + "\"";
}
