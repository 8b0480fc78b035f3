using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Imp.Generators.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.WireUnions;

/// <summary>One variant of a <see cref="WireUnionShape"/>: a record nested in the union and derived from it.</summary>
internal sealed class WireVariantShape
{
    private WireVariantShape(INamedTypeSymbol type, AttributeData? wireNameAttribute, string wireName, ImmutableArray<WireFieldShape> fields, bool compiles)
    {
        Type = type;
        WireNameAttribute = wireNameAttribute;
        WireName = wireName;
        Fields = fields;
        Compiles = compiles;
    }

    public INamedTypeSymbol Type { get; }

    public AttributeData? WireNameAttribute { get; }

    public string WireName { get; }

    public ImmutableArray<WireFieldShape> Fields { get; }

    public bool Compiles { get; }

    public bool IsSealed => Type.IsSealed;

    /// <summary>
    /// True when the variant is visible wherever its union is: Match and Switch take one delegate per variant, so a
    /// less visible variant could not appear in their signatures.
    /// </summary>
    public bool IsAsVisibleAs(INamedTypeSymbol union) =>
        Type.DeclaredAccessibility == Accessibility.Public
        || (Type.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal
            && union.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal));

    public static WireVariantShape Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        (AttributeData? attribute, string? explicitName) = ExplicitWireName.Read(type);
        IMethodSymbol? primary = type.InstanceConstructors.FirstOrDefault(c =>
            c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is RecordDeclarationSyntax));
        ImmutableArray<WireFieldShape> fields = primary is null
            ? ImmutableArray<WireFieldShape>.Empty
            : primary.Parameters.Select(WireFieldShape.Read).ToImmutableArray();
        bool compiles = type.Name.Length > 0 && fields.All(f => f.Compiles);
        return new WireVariantShape(type, attribute, attribute is null ? SerdeSnakeCase.Convert(type.Name) : explicitName ?? string.Empty, fields, compiles);
    }
}
