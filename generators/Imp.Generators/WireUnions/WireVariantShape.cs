using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Imp.Generators.Naming;
using Imp.Generators.Parsing;
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

    /// <summary>True for a <c>[WireNewtype]</c> variant: its one field's value is the variant's content.</summary>
    public bool IsNewtype { get; private set; }

    /// <summary>True when missing fields read from the variant's parameterless constructor (serde's container <c>default</c>).</summary>
    public bool HasStructDefault { get; private set; }

    /// <summary>Why the variant cannot be generated, with its diagnostic id, or null.</summary>
    public (string Id, string Message)? Problem { get; private set; }

    /// <summary>
    /// True when the variant is visible wherever its union is: Match and Switch take one delegate per variant, so a
    /// less visible variant could not appear in their signatures.
    /// </summary>
    public bool IsAsVisibleAs(INamedTypeSymbol union) =>
        Type.DeclaredAccessibility == Accessibility.Public
        || (Type.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal
            && union.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal));

    public static WireVariantShape Read(INamedTypeSymbol type, WireUnionOptions options, CancellationToken cancellationToken)
    {
        (AttributeData? attribute, string? explicitName) = ExplicitWireName.Read(type);
        IMethodSymbol? primary = type.InstanceConstructors.FirstOrDefault(c =>
            c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is RecordDeclarationSyntax));
        ImmutableArray<WireFieldShape> fields = primary is null
            ? ImmutableArray<WireFieldShape>.Empty
            : primary.Parameters.Select(p => WireFieldShape.Read(p, options.FieldNaming)).ToImmutableArray();
        bool compiles = type.Name.Length > 0 && fields.All(f => f.Compiles);
        string wireName = attribute is null ? SerdeRenameRule.ApplyToVariant(options.Naming, type.Name) : explicitName ?? string.Empty;
        var shape = new WireVariantShape(type, attribute, wireName, fields, compiles)
        {
            IsNewtype = SymbolFacts.Has(type, WireUnionShape.WireNewtypeAttribute),
            HasStructDefault = options.DefaultAll || SymbolFacts.Has(type, WireUnionShape.WireDefaultAttribute),
        };
        shape.Problem = shape.FindProblem(options, attribute is null);
        return shape;
    }

    private (string, string)? FindProblem(WireUnionOptions options, bool derivedName)
    {
        if (derivedName && SerdeRenameRule.SerdeRefuses(options.Naming, Type.Name, isField: false))
        {
            return ("IMP0041", $"starts with '{Type.Name.Substring(0, 1)}', which serde_derive's camelCase rule cannot lower-case (it stops compiling); give it a [WireName(\"...\")] or start the name with an ASCII letter");
        }

        if (IsNewtype && Fields.Length != 1)
        {
            return ("IMP0044", $"is [WireNewtype] but has {Fields.Length} fields; a newtype variant has exactly one (its value), so remove [WireNewtype] or keep one parameter");
        }

        if (IsNewtype && options.Representation == UnionRepresentation.InternallyTagged && !WritesAsObject(Fields[0].Parameter.Type))
        {
            return ("IMP0045", $"is an internally tagged newtype variant holding '{Fields[0].Parameter.Type.ToDisplayString()}', which is not written as a JSON object, so the tag has nowhere to go (serde refuses it too); hold a record or class, or choose another Representation");
        }

        if (HasStructDefault && !Type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            return ("IMP0047", "reads missing fields from its default ([WireDefault] on it or on its union), but has no public or internal parameterless constructor to take them from; add one (serde's Default impl) or put [WireDefault] on the fields instead");
        }

        return null;
    }

    // serde writes an internally tagged newtype's tag into the value's own map: only objects have one.
    private static bool WritesAsObject(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Array)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            return false;
        }

        // Dictionaries are maps, so they qualify; other collections are sequences.
        bool isDictionary = type.AllInterfaces.Any(i => i.Name is "IDictionary" or "IReadOnlyDictionary");
        bool isSequence = type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return isDictionary || !isSequence;
    }
}
