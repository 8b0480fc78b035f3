using System.Linq;
using System.Text.RegularExpressions;
using Shouldly;
using Stateless;
using Stateless.Graph;
using Xunit;

namespace Imp.Core.Tests.PhaseMachines;

/// <summary>Stateless's own MermaidGraph and UmlDotGraph export draw exactly the generated diagrams' edges.</summary>
public sealed partial class StatelessDiagramTests
{
    [Fact]
    public void TurnPhase_stateless_exports_draw_the_generated_edges_labelled_with_the_phase_entered()
    {
        StateMachine<TurnPhase, TurnPhase> machine = TurnPhaseTransitions.CreateStateMachine();
        string[] generated = MermaidEdges(TurnPhaseTransitions.Mermaid).ToArray();
        generated.Length.ShouldBe(TurnPhaseTransitions.All.Length);
        generated.ShouldAllBe(e => !e.Contains(':'));

        // Each phase is its own trigger, so Stateless labels an edge with the phase it enters.
        string[] expected = TurnPhaseTransitions.All.Select(t => $"{t.From} -> {t.To} : {t.To}").ToArray();
        generated.ShouldBe(expected.Select(e => e[..e.IndexOf(" :", System.StringComparison.Ordinal)]), ignoreOrder: true);
        MermaidEdges(MermaidGraph.Format(machine.GetInfo())).ShouldBe(expected, ignoreOrder: true);
        DotEdges(UmlDotGraph.Format(machine.GetInfo())).ShouldBe(expected, ignoreOrder: true);
        DotEdges(TurnPhaseTransitions.Dot).ShouldBe(generated, ignoreOrder: true);
    }

    [Fact]
    public void Door_stateless_exports_draw_the_generated_edges()
    {
        StateMachine<Door, Door> machine = DoorTransitions.CreateStateMachine();
        string[] expected = DoorTransitions.All.Select(t => $"{t.From} -> {t.To} : {t.To}").ToArray();

        MermaidEdges(MermaidGraph.Format(machine.GetInfo())).ShouldBe(expected, ignoreOrder: true);
        DotEdges(UmlDotGraph.Format(machine.GetInfo())).ShouldBe(expected, ignoreOrder: true);
        MermaidEdges(DoorTransitions.Mermaid).ShouldBe(DoorTransitions.All.Select(t => $"{t.From} -> {t.To}"), ignoreOrder: true);
    }

    [Fact]
    public void Order_stateless_exports_and_the_generated_diagrams_label_the_same_edges_with_the_same_triggers()
    {
        StateMachine<Order, OrderTrigger> machine = OrderTransitions.CreateStateMachine();
        string[] triggered = OrderTransitions.Triggered.Select(t => $"{t.From} -> {t.To} : {t.Trigger}").ToArray();

        MermaidEdges(MermaidGraph.Format(machine.GetInfo())).ShouldBe(triggered, ignoreOrder: true);
        DotEdges(UmlDotGraph.Format(machine.GetInfo())).ShouldBe(triggered, ignoreOrder: true);

        // The generated diagrams add the one edge no trigger causes, unlabelled.
        MermaidEdges(OrderTransitions.Mermaid).ShouldBe([.. triggered, "Paid -> Cart"], ignoreOrder: true);
        DotEdges(OrderTransitions.Dot).ShouldBe([.. triggered, "Paid -> Cart"], ignoreOrder: true);
    }

    // "A --> B" or "A --> B : label", as both Mermaid writers put it (Stateless indents with a tab).
    private static string[] MermaidEdges(string mermaid) =>
        MermaidEdge().Matches(mermaid).Select(m => Edge(m.Groups["from"].Value, m.Groups["to"].Value, m.Groups["label"].Value)).ToArray();

    private static string[] DotEdges(string dot) =>
        DotEdge().Matches(dot).Select(m => Edge(m.Groups["from"].Value, m.Groups["to"].Value, m.Groups["label"].Value)).ToArray();

    private static string Edge(string from, string to, string label) => label.Length == 0 ? $"{from} -> {to}" : $"{from} -> {to} : {label}";

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+)(?: : (?<label>\w+))?\s*$", RegexOptions.Multiline)]
    private static partial Regex MermaidEdge();

    [GeneratedRegex(@"^\s*""(?<from>\w+)"" -> ""(?<to>\w+)""(?: \[(?:style=""solid"", )?label=""(?<label>\w+)""\])?;\s*$", RegexOptions.Multiline)]
    private static partial Regex DotEdge();
}
