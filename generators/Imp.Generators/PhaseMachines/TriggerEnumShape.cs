using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.PhaseMachines;

/// <summary>The trigger enum a [PhaseMachine] names with <c>Triggers = typeof(...)</c>, read from its symbol.</summary>
internal sealed class TriggerEnumShape
{
    public const string TriggersProperty = "Triggers";

    private static readonly TriggerEnumShape NoneNamed = new(null, null, compiles: true);

    private TriggerEnumShape(AttributeData? attribute, ITypeSymbol? type, bool compiles)
    {
        Attribute = attribute;
        Type = type;
        Compiles = compiles;
        Members = type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named
            ? named.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToImmutableArray()
            : ImmutableArray<IFieldSymbol>.Empty;
        Reach = type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType ? SymbolFacts.Reach(enumType) : TypeReach.Unreachable;
    }

    /// <summary>The [PhaseMachine] attribute that names it.</summary>
    public AttributeData? Attribute { get; }

    /// <summary>The named type, or null when the machine names none (its phases are their own triggers).</summary>
    public ITypeSymbol? Type { get; }

    /// <summary>False while the <c>typeof</c> does not compile yet.</summary>
    public bool Compiles { get; }

    public bool IsNamed => Type is not null;

    /// <summary>True when a type is named and generated code can use it as a trigger enum.</summary>
    public bool IsUsable => IsNamed && Type!.TypeKind == TypeKind.Enum && Reach is TypeReach.Public or TypeReach.Internal;

    public TypeReach Reach { get; }

    /// <summary>The trigger enum's members, in declaration order.</summary>
    public ImmutableArray<IFieldSymbol> Members { get; }

    public static TriggerEnumShape Read(INamedTypeSymbol machine)
    {
        AttributeData? attribute = SymbolFacts.Find(machine, PhaseMachineShape.PhaseMachineAttribute);
        if (attribute is null)
        {
            return NoneNamed;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key != TriggersProperty)
            {
                continue;
            }

            TypedConstant triggers = argument.Value;
            if (triggers.Kind == TypedConstantKind.Error)
            {
                return new TriggerEnumShape(attribute, null, compiles: false);
            }

            // Triggers = null names no trigger enum, as leaving it out does.
            return triggers.Value is ITypeSymbol type
                ? new TriggerEnumShape(attribute, type, compiles: type.TypeKind != TypeKind.Error)
                : NoneNamed;
        }

        return NoneNamed;
    }

    /// <summary>The index of the member <paramref name="value"/> names, or -1 when it is not a member of this enum.</summary>
    public int IndexOf(TypedConstant value)
    {
        if (!IsUsable || value.Kind != TypedConstantKind.Enum || !SymbolEqualityComparer.Default.Equals(value.Type, Type) || value.Value is null)
        {
            return -1;
        }

        string text = Convert.ToString(value.Value, CultureInfo.InvariantCulture);
        for (int i = 0; i < Members.Length; i++)
        {
            if (Convert.ToString(Members[i].ConstantValue, CultureInfo.InvariantCulture) == text)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A trigger argument as the diagnostics show it: a value of the enum with no member as the cast that produced it.</summary>
    public string Show(TypedConstant value) =>
        value.Kind == TypedConstantKind.Enum && SymbolEqualityComparer.Default.Equals(value.Type, Type)
            ? $"({Type!.Name}){value.Value}"
            : value.ToCSharpString();
}
