using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Imp.Generators.Naming;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.WireUnions;

/// <summary>
/// A [WireUnion] record read from its symbol, with every rule the generator and the analyzer share. Holds symbols,
/// so it never leaves the transform step.
/// </summary>
internal sealed class WireUnionShape
{
    public const string WireUnionAttribute = "Imp.WireUnionAttribute";
    public const string WireDefaultAttribute = "Imp.WireDefaultAttribute";
    public const string WireSkipIfNullAttribute = "Imp.WireSkipIfNullAttribute";
    public const string WireSkipIfEmptyAttribute = "Imp.WireSkipIfEmptyAttribute";
    public const string WireNewtypeAttribute = "Imp.WireNewtypeAttribute";

    private WireUnionShape(INamedTypeSymbol type, WireUnionOptions options, ImmutableArray<WireVariantShape> variants, bool compiles)
    {
        Type = type;
        Options = options;
        Variants = variants;
        Compiles = compiles;
        IsPartial = IsPartialAllTheWayOut(type);
        DuplicateNames = variants
            .Where(v => WireNameRules.IsWellFormed(v.WireName))
            .GroupBy(v => v.WireName, System.StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            // Stryker: survives (First made FirstOrDefault, twice) — equivalent: only groups of two or more are left, so both find one.
            .Select(g => (g.First(), g.Skip(1).First()))
            .ToImmutableArray();
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The representation, tag, content and naming rules given on the attribute.</summary>
    public WireUnionOptions Options { get; }

    public ImmutableArray<WireVariantShape> Variants { get; }

    /// <summary>False while the declaration or a variant's field does not compile yet.</summary>
    public bool Compiles { get; }

    public bool IsRecordClass => Type is { IsRecord: true, TypeKind: TypeKind.Class };

    public bool IsAbstract => Type.IsAbstract;

    /// <summary>True when the union and every type containing it are declared partial.</summary>
    public bool IsPartial { get; }

    /// <summary>True when the union or a type containing it is generic.</summary>
    public bool IsGeneric => Reach == TypeReach.InGenericType;

    public TypeReach Reach => SymbolFacts.Reach(Type);

    /// <summary>Pairs of variants with the same wire name.</summary>
    public ImmutableArray<(WireVariantShape First, WireVariantShape Second)> DuplicateNames { get; }

    public bool CanGenerate =>
        Compiles
        && IsRecordClass
        && IsAbstract
        && IsPartial
        && !IsGeneric
        && Reach is TypeReach.Public or TypeReach.Internal
        && DuplicateNames.IsEmpty
        && Options.Problem is null
        && Variants.All(v => v.IsSealed && v.IsAsVisibleAs(Type) && v.Problem is null && WireNameRules.IsWellFormed(v.WireName)
            && v.Fields.All(f => !ClashesWithTag(f) && f.Problem is null && WireNameRules.IsWellFormed(f.WireName)));

    /// <summary>True when an internally tagged variant's field has the tag's wire name, which serde could not tell apart.</summary>
    public bool ClashesWithTag(WireFieldShape field) =>
        Options.Representation == UnionRepresentation.InternallyTagged && field.WireName == Options.Tag;

    public static bool IsWireUnion(INamedTypeSymbol? type) =>
        type is not null && SymbolFacts.Has(type, WireUnionAttribute);

    public static WireUnionShape Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        bool compiles = SymbolFacts.IsWellDeclared(type);
        WireUnionOptions options = WireUnionOptions.Read(type);
        var variants = ImmutableArray.CreateBuilder<WireVariantShape>();
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolEqualityComparer.Default.Equals(nested.BaseType, type))
            {
                continue;
            }

            WireVariantShape variant = WireVariantShape.Read(nested, options, cancellationToken);
            compiles &= variant.Compiles;
            variants.Add(variant);
        }

        return new WireUnionShape(type, options, variants.ToImmutable(), compiles);
    }

    private static bool IsPartialAllTheWayOut(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            bool partial = current.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));
            if (!partial)
            {
                return false;
            }
        }

        return true;
    }
}
