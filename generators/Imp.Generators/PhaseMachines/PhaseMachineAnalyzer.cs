using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Diagnostics;
using Imp.Generators.Parsing;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// Reports every misuse of <c>[PhaseMachine]</c> and its member attributes. Wire-name rules of the enum (which
/// <c>[PhaseMachine]</c> implies) are reported by <see cref="WireEnumAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PhaseMachineAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PhaseTargetNotMember,
        DiagnosticDescriptors.RepeatedPhaseTarget,
        DiagnosticDescriptors.UnreachablePhase,
        DiagnosticDescriptors.DeadEndPhase,
        DiagnosticDescriptors.InitialPhaseCount,
        DiagnosticDescriptors.TerminalPhaseWithTransitions,
        DiagnosticDescriptors.PhaseAttributeOutsideMachine,
        DiagnosticDescriptors.PhaseAliases,
        DiagnosticDescriptors.TriggerNotMember,
        DiagnosticDescriptors.TriggerLeadsToTwoPhases,
        DiagnosticDescriptors.TriggersNotEnum,
        DiagnosticDescriptors.TriggeredPhaseUnreachable,
        DiagnosticDescriptors.RepeatedTrigger,
        DiagnosticDescriptors.TriggerWithoutTriggerEnum,
        DiagnosticDescriptors.OnTargetNotMember,
        DiagnosticDescriptors.TerminalPhaseWithTriggers);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // Stryker disable once Statement : equivalent — concurrent execution changes how fast the analyzer runs, not what it reports.
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeMachine, SymbolKind.NamedType);
        context.RegisterSymbolAction(AnalyzeStrayAttributes, SymbolKind.Field);
    }

    private static void AnalyzeMachine(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!PhaseMachineShape.IsPhaseMachine(type))
        {
            return;
        }

        PhaseMachineShape shape = PhaseMachineShape.Read(type, context.CancellationToken);
        ReportInitialCount(context, type, shape);
        ReportAliases(context, type, shape);
        TriggerDiagnostics.Report(context, type, shape);

        for (int i = 0; i < shape.Phases.Length; i++)
        {
            PhaseShape phase = shape.Phases[i];
            Location location = phase.Next is { } next ? Locations.Of(next, phase.Field) : Locations.Of(phase.Field);
            foreach (string bad in phase.BadTargets)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PhaseTargetNotMember, location, phase.Field.Name, bad, type.Name));
            }

            foreach (int repeated in phase.RepeatedTargets)
            {
                PhaseShape target = shape.Phases[repeated];
                string how = target.IsFromAny ? "although [FromAnyPhase] on it already allows it" : "more than once";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RepeatedPhaseTarget, location, phase.Field.Name, target.Field.Name, how));
            }

            if (phase.IsTerminal && !phase.ExplicitTargets.IsEmpty)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TerminalPhaseWithTransitions, location, phase.Field.Name));
            }
        }

        // A [Next] that does not compile, or names no phase, already has its error; what it would have reached is unknown.
        bool targetsKnown = shape.ArgumentsCompile && shape.Phases.All(p => p.BadTargets.IsEmpty);
        foreach (int deadEnd in shape.DeadEnds.Where(i => shape.ArgumentsCompile && shape.Phases[i].BadTargets.IsEmpty))
        {
            IFieldSymbol field = shape.Phases[deadEnd].Field;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DeadEndPhase, Locations.Of(field), field.Name, type.Name));
        }

        foreach (int unreachable in targetsKnown ? shape.Unreachable : ImmutableArray<int>.Empty)
        {
            IFieldSymbol field = shape.Phases[unreachable].Field;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreachablePhase, Locations.Of(field), field.Name, type.Name, shape.Initial[0].Field.Name));
        }
    }

    private static void ReportInitialCount(SymbolAnalysisContext context, INamedTypeSymbol type, PhaseMachineShape shape)
    {
        if (shape.Initial.Length == 1)
        {
            return;
        }

        string found = shape.Initial.Length == 0
            ? "no [InitialPhase] member"
            : $"{shape.Initial.Length} [InitialPhase] members ({string.Join(", ", shape.Initial.Select(p => p.Field.Name))})";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InitialPhaseCount, Locations.Of(type), type.Name, found));
    }

    private static void ReportAliases(SymbolAnalysisContext context, INamedTypeSymbol type, PhaseMachineShape shape)
    {
        foreach (WireEnumMemberShape alias in shape.Wire.Members.Where(m => m.IsAlias))
        {
            string? value = SymbolFacts.ConstantText(alias.Field, context.CancellationToken);
            // Stryker disable once Linq : equivalent — an alias is by definition a member after one with its value, so First always finds one.
            WireEnumMemberShape first = shape.Wire.Members.First(m => SymbolFacts.ConstantText(m.Field, context.CancellationToken) == value);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PhaseAliases, Locations.Of(alias.Field), first.Field.Name, alias.Field.Name, type.Name));
        }
    }

    private static void AnalyzeStrayAttributes(SymbolAnalysisContext context)
    {
        var field = (IFieldSymbol)context.Symbol;
        INamedTypeSymbol owner = field.ContainingType;
        if (PhaseMachineShape.IsPhaseMachine(owner))
        {
            return;
        }

        foreach (AttributeData attribute in field.GetAttributes())
        {
            string? name = PhaseMachineShape.MemberAttributes.FirstOrDefault(m => SymbolFacts.Is(attribute, m));
            if (name is not null)
            {
                string shortName = name.Substring("Imp.".Length, name.Length - "Imp.".Length - "Attribute".Length);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PhaseAttributeOutsideMachine,
                    Locations.Of(attribute, field),
                    shortName,
                    field.Name,
                    owner.Name));
            }
        }
    }
}
