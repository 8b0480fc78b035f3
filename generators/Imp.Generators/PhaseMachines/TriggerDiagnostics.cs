using Imp.Generators.Diagnostics;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.PhaseMachines;

/// <summary>The trigger rules of a [PhaseMachine], reported for <see cref="PhaseMachineAnalyzer"/>.</summary>
internal static class TriggerDiagnostics
{
    public static void Report(SymbolAnalysisContext context, INamedTypeSymbol type, PhaseMachineShape shape)
    {
        TriggerEnumShape triggers = shape.Triggers;
        if (triggers.IsNamed && triggers.Compiles && !triggers.IsUsable)
        {
            string why = triggers.Type!.TypeKind != TypeKind.Enum
                ? "is not an enum"
                : triggers.Reach == TypeReach.InGenericType ? "is nested in a generic type" : "is not visible to the generated code";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TriggersNotEnum, Locations.Of(triggers.Attribute!, type), type.Name, triggers.Type.Name, why));
        }

        foreach (PhaseShape phase in shape.Phases)
        {
            ReportPhase(context, type, triggers, phase);
        }

        foreach ((int from, TriggerEdge first, TriggerEdge second) in shape.TriggerTable.Conflicts)
        {
            PhaseShape phase = shape.Phases[from];
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TriggerLeadsToTwoPhases,
                At(second, phase),
                triggers.Members[second.Trigger].Name,
                phase.Field.Name,
                shape.Phases[first.Target].Field.Name,
                shape.Phases[second.Target].Field.Name));
        }

        foreach ((int from, TriggerEdge edge) in shape.TriggerTable.Repeats)
        {
            PhaseShape phase = shape.Phases[from];
            string how = edge.FromAny ? "by [On] although [FromAnyPhase] on the destination already declares it" : "more than once";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.RepeatedTrigger,
                At(edge, phase),
                triggers.Members[edge.Trigger].Name,
                phase.Field.Name,
                shape.Phases[edge.Target].Field.Name,
                how));
        }

        foreach (int unreachable in shape.TriggerUnreachable)
        {
            IFieldSymbol field = shape.Phases[unreachable].Field;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TriggeredPhaseUnreachable, Locations.Of(field), field.Name, type.Name, shape.Initial[0].Field.Name));
        }
    }

    private static void ReportPhase(SymbolAnalysisContext context, INamedTypeSymbol type, TriggerEnumShape triggers, PhaseShape phase)
    {
        string name = phase.Field.Name;
        if (!triggers.IsNamed)
        {
            foreach (AttributeData attribute in phase.Triggers.Named)
            {
                string shown = SymbolFacts.Is(attribute, PhaseTriggers.OnAttribute) ? "On" : "FromAnyPhase";
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.TriggerWithoutTriggerEnum, Locations.Of(attribute, phase.Field), shown, name, type.Name));
            }
        }

        foreach ((string shown, AttributeData at) in phase.Triggers.BadTriggers)
        {
            string attribute = SymbolFacts.Is(at, PhaseTriggers.OnAttribute) ? "On" : "FromAnyPhase";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.TriggerNotMember, Locations.Of(at, phase.Field), attribute, name, shown, triggers.Type!.Name, type.Name));
        }

        foreach ((string shown, AttributeData at) in phase.Triggers.BadTargets)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OnTargetNotMember, Locations.Of(at, phase.Field), name, shown, type.Name));
        }

        if (phase.IsTerminal && phase.Triggers.HasOn)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TerminalPhaseWithTriggers, Locations.Of(phase.Field), name));
        }
    }

    // An inherited edge is declared on another phase: point at the phase it leaves instead.
    private static Location At(TriggerEdge edge, PhaseShape phase) =>
        edge.FromAny ? Locations.Of(phase.Field) : Locations.Of(edge.Attribute, phase.Field);
}
