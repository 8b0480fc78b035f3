using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Imp.Generators.Naming;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireEnums;

/// <summary>
/// A [WireEnum] enum read from its symbol, with every rule the generator and the analyzer share. It holds
/// symbols and so never leaves the transform step: the generator turns it into a <see cref="WireEnumModel"/>,
/// the analyzer into diagnostics.
/// </summary>
internal sealed class WireEnumShape
{
    public const string WireEnumAttribute = "Imp.WireEnumAttribute";
    public const string WireNameAttribute = "Imp.WireNameAttribute";
    private const string FlagsAttribute = "System.FlagsAttribute";

    private WireEnumShape(INamedTypeSymbol type, ImmutableArray<WireEnumMemberShape> members, bool compiles)
    {
        Type = type;
        Members = members;
        Compiles = compiles;
        Reach = SymbolFacts.Reach(type);
        IsFlags = SymbolFacts.Has(type, FlagsAttribute);
        Duplicates = FindDuplicates(members);
        NameTwin = FindNameTwin(type);
    }

    public INamedTypeSymbol Type { get; }

    public ImmutableArray<WireEnumMemberShape> Members { get; }

    /// <summary>False while a name, a member value or the underlying type is missing or does not compile yet.</summary>
    public bool Compiles { get; }

    public TypeReach Reach { get; }

    public bool IsFlags { get; }

    /// <summary>The <c>Naming</c> value when it is none of <c>WireNaming</c>'s (IMP0040), otherwise null.</summary>
    public int? UnknownRule { get; private set; }

    /// <summary>Each member whose wire name an earlier member already has, with that earlier member.</summary>
    public ImmutableArray<(WireEnumMemberShape First, WireEnumMemberShape Repeat)> Duplicates { get; }

    /// <summary>
    /// Another [WireEnum] enum of the same namespace and simple name (one of them nested), whose generated classes
    /// would have the same names as this one's; null when there is none.
    /// </summary>
    public INamedTypeSymbol? NameTwin { get; }

    /// <summary>Whether code can be generated: everything an error diagnostic would stop is absent.</summary>
    public bool CanGenerate =>
        Compiles
        && !IsFlags
        && Reach is TypeReach.Public or TypeReach.Internal
        && Duplicates.IsEmpty
        && NameTwin is null
        && UnknownRule is null
        && Members.All(m => !m.HasMalformedName && !m.SerdeRefusesRule)
        && UserDeclaredTypes.WireEnumNamesFree(Type, Reach == TypeReach.Public);

    public static WireEnumShape Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        bool compiles = type.EnumUnderlyingType is { TypeKind: not TypeKind.Error } && SymbolFacts.IsWellDeclared(type);
        var members = ImmutableArray.CreateBuilder<WireEnumMemberShape>();
        var seenValues = new HashSet<string>(StringComparer.Ordinal);
        int ruleValue = NamedArguments.Int(SymbolFacts.Find(type, WireEnumAttribute), "Naming", 0);
        var rule = NamingRuleText.IsDefined(ruleValue) ? (NamingRule)ruleValue : NamingRule.SnakeCase;
        foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst))
        {
            string? value = SymbolFacts.ConstantText(field, cancellationToken);
            compiles &= value is not null && field.Name.Length > 0;
            bool isAlias = value is not null && !seenValues.Add(value);
            members.Add(WireEnumMemberShape.Read(field, isAlias, rule));
        }

        return new WireEnumShape(type, members.ToImmutable(), compiles) { UnknownRule = NamingRuleText.IsDefined(ruleValue) ? null : ruleValue };
    }

    /// <summary>Whether the enum gets wire-enum code: it is marked [WireEnum], or [PhaseMachine], which implies it.</summary>
    public static bool IsWireEnum(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Enum
        && (SymbolFacts.Has(type, WireEnumAttribute) || SymbolFacts.Has(type, PhaseMachines.PhaseMachineShape.PhaseMachineAttribute));

    private static INamedTypeSymbol? FindNameTwin(INamedTypeSymbol type)
    {
        var pending = new Stack<INamedTypeSymbol>(type.ContainingNamespace?.GetTypeMembers() ?? ImmutableArray<INamedTypeSymbol>.Empty);
        while (pending.Count > 0)
        {
            INamedTypeSymbol candidate = pending.Pop();
            if (candidate.Name == type.Name
                && !SymbolEqualityComparer.Default.Equals(candidate, type)
                && IsWireEnum(candidate))
            {
                return candidate;
            }

            foreach (INamedTypeSymbol nested in candidate.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }

        return null;
    }

    private static ImmutableArray<(WireEnumMemberShape, WireEnumMemberShape)> FindDuplicates(
        ImmutableArray<WireEnumMemberShape> members)
    {
        var owners = new Dictionary<string, WireEnumMemberShape>(StringComparer.Ordinal);
        var duplicates = ImmutableArray.CreateBuilder<(WireEnumMemberShape, WireEnumMemberShape)>();
        foreach (WireEnumMemberShape member in members)
        {
            if (member.HasMalformedName)
            {
                continue;
            }

            if (owners.TryGetValue(member.WireName, out WireEnumMemberShape? first))
            {
                duplicates.Add((first, member));
            }
            else
            {
                owners.Add(member.WireName, member);
            }
        }

        return duplicates.ToImmutable();
    }
}
