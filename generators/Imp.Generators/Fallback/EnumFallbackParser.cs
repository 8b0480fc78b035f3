using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Imp.Generators.PhaseMachines;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Fallback;

/// <summary>
/// Decides which generated types of a wire enum or phase machine need a stand-in: exactly those the real emitters
/// skip because an error is reported, minus the ones the user declares (IMP0053), so user code that names them
/// still binds and the IMP errors are the only ones left.
/// </summary>
internal static class EnumFallbackParser
{
    public static EnumFallbackModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        // Code that does not compile yet has its compiler errors; a stand-in could only add to them.
        if (type.Name.Length == 0 || !SymbolFacts.IsWellDeclared(type))
        {
            return null;
        }

        WireEnumShape wire = WireEnumShape.Read(type, cancellationToken);
        bool isMachine = PhaseMachineShape.IsPhaseMachine(type);
        bool wireMissing = !wire.CanGenerate;
        bool machineMissing = isMachine && !PhaseMachineShape.Read(type, cancellationToken).CanGenerate;
        if (!wireMissing && !machineMissing)
        {
            return null;
        }

        // Enums sharing generated names share their stand-ins too: the first of them by full name writes them.
        if (wire.NameTwin is not null && !IsFirstOfTwins(type))
        {
            return null;
        }

        bool nameable = wire.Reach is TypeReach.Public or TypeReach.Internal && wire.NameTwin is null;
        bool isPublic = nameable && wire.Reach == TypeReach.Public;
        var standIns = new List<StandIn>();
        if (wireMissing)
        {
            Add(standIns, type, StandInKind.Extensions, "Extensions", isPublic);
            Add(standIns, type, StandInKind.Converter, "JsonConverter", isPublic);
        }

        if (machineMissing)
        {
            Add(standIns, type, StandInKind.Transitions, "Transitions", isPublic);
            Add(standIns, type, StandInKind.Machine, "Machine", isPublic);
        }

        return standIns.Count == 0
            ? null
            : new EnumFallbackModel(
                HintName: SymbolFacts.HintName(type, "Fallback"),
                Namespace: SymbolFacts.NamespaceName(type),
                EnumName: type.Name,
                EnumType: nameable ? SymbolFacts.FullyQualifiedName(type) : null,
                IsPublic: isPublic,
                TypeNames: new EquatableArray<StandIn>(standIns.ToArray()));
    }

    private static void Add(List<StandIn> standIns, INamedTypeSymbol type, StandInKind kind, string suffix, bool isPublic)
    {
        string name = type.Name + suffix;
        if (UserDeclaredTypes.Blocking(type, name, isPublic) is null)
        {
            standIns.Add(new StandIn(kind, name));
        }
    }

    private static bool IsFirstOfTwins(INamedTypeSymbol type)
    {
        string own = type.ToDisplayString();
        return Twins(type).All(twin => string.CompareOrdinal(own, twin.ToDisplayString()) <= 0);
    }

    private static IEnumerable<INamedTypeSymbol> Twins(INamedTypeSymbol type)
    {
        var pending = new Stack<INamedTypeSymbol>(type.ContainingNamespace.GetTypeMembers());
        while (pending.Count > 0)
        {
            INamedTypeSymbol candidate = pending.Pop();
            if (candidate.Name == type.Name && WireEnumShape.IsWireEnum(candidate))
            {
                yield return candidate;
            }

            foreach (INamedTypeSymbol nested in candidate.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }
}
