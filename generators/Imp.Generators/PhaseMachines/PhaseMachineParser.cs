using System.Linq;
using System.Threading;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.PhaseMachines;

/// <summary>Turns a [PhaseMachine] enum symbol into its <see cref="PhaseMachineModel"/>, or null when nothing should be emitted.</summary>
internal static class PhaseMachineParser
{
    public static PhaseMachineModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        PhaseMachineShape shape = PhaseMachineShape.Read(type, cancellationToken);
        if (!shape.CanGenerate)
        {
            return null;
        }

        string enumType = SymbolFacts.FullyQualifiedName(type);
        TriggerEnumShape triggers = shape.Triggers;
        string? triggerType = triggers.IsUsable ? SymbolFacts.FullyQualifiedName(triggers.Type!) : null;
        PhaseModel[] phases = shape.Phases
            .Select((phase, index) => new PhaseModel(
                SymbolFacts.EscapedIdentifier(phase.Field.Name),
                SymbolFacts.MemberReference(phase.Field, enumType),
                phase.Field.Name,
                new EquatableArray<int>(shape.Successors[index]),
                phase.IsTerminal,
                new EquatableArray<TriggerModel>(shape.TriggerTable.Edges[index]
                    .Select(edge => new TriggerModel(
                        SymbolFacts.MemberReference(triggers.Members[edge.Trigger], triggerType!),
                        triggers.Members[edge.Trigger].Name,
                        edge.Target))
                    .ToArray())))
            .ToArray();

        return new PhaseMachineModel(
            HintName: SymbolFacts.HintName(type, "PhaseMachine"),
            Namespace: SymbolFacts.NamespaceName(type),
            EnumName: type.Name,
            EnumType: enumType,
            ExtensionsName: type.Name + "Extensions",
            TransitionsName: type.Name + "Transitions",
            MachineName: type.Name + "Machine",
            // Generated members name both enums, so they are public only when both are.
            IsPublic: shape.Wire.Reach == TypeReach.Public && (triggerType is null || triggers.Reach == TypeReach.Public),
            Phases: new EquatableArray<PhaseModel>(phases),
            Initial: shape.Phases.IndexOf(shape.Initial[0]),
            // Stryker disable once Boolean : equivalent — PhaseMachineGenerator replaces it with whether Stateless is referenced before anything is emitted.
            WithStateless: false,
            FromIndex: BitIndex(type, shape, "from"),
            ToIndex: BitIndex(type, shape, "to"),
            TriggerType: triggerType);
    }

    // A ulong holds one bit per phase, so the bit table serves machines of up to 64 phases.
    private static string? BitIndex(INamedTypeSymbol type, PhaseMachineShape shape, string variable) =>
        shape.Phases.Length <= 64 ? EnumValues.DenseIndex(type, shape.Phases.Select(p => p.Field), variable) : null;
}
