using System.Linq;
using Imp.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireUnions;

/// <summary>One field of a variant: a parameter of its primary constructor.</summary>
internal sealed class WireFieldShape
{
    private WireFieldShape(IParameterSymbol parameter, AttributeData? wireNameAttribute, string wireName)
    {
        Parameter = parameter;
        WireNameAttribute = wireNameAttribute;
        WireName = wireName;
    }

    public IParameterSymbol Parameter { get; }

    public AttributeData? WireNameAttribute { get; }

    public string WireName { get; }

    /// <summary>True for <c>[WireDefault]</c> on the parameter: a missing field reads as its default.</summary>
    public bool HasDefault { get; private set; }

    /// <summary>True for <c>[WireSkipIfNull]</c>: a null value is not written.</summary>
    public bool SkipIfNull { get; private set; }

    /// <summary>True for <c>[WireSkipIfEmpty]</c>: an empty collection is not written.</summary>
    public bool SkipIfEmpty { get; private set; }

    /// <summary>True when the field's type allows null: <c>T?</c>, serde's <c>Option</c>.</summary>
    public bool IsNullable =>
        Parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
        || (Parameter.Type.IsReferenceType && Parameter.Type.NullableAnnotation == NullableAnnotation.Annotated);

    /// <summary>Why the field cannot be generated, with its diagnostic id, or null.</summary>
    public (string Id, string Message)? Problem { get; private set; }

    public bool Compiles => Parameter.Name.Length > 0 && Parameter.Type.TypeKind != TypeKind.Error;

    public static WireFieldShape Read(IParameterSymbol parameter, NamingRule rule)
    {
        (AttributeData? attribute, string? explicitName) = ExplicitWireName.Read(parameter);
        string rustName = SerdeRenameRule.RustFieldName(parameter.Name);
        var shape = new WireFieldShape(parameter, attribute, attribute is null ? SerdeRenameRule.ApplyToField(rule, rustName) : explicitName ?? string.Empty)
        {
            HasDefault = Parsing.SymbolFacts.Has(parameter, WireUnionShape.WireDefaultAttribute),
            SkipIfNull = Parsing.SymbolFacts.Has(parameter, WireUnionShape.WireSkipIfNullAttribute),
            SkipIfEmpty = Parsing.SymbolFacts.Has(parameter, WireUnionShape.WireSkipIfEmptyAttribute),
        };
        shape.Problem = shape.FindProblem(rule, attribute is null, rustName);
        return shape;
    }

    private (string, string)? FindProblem(NamingRule rule, bool derivedName, string rustName)
    {
        if (derivedName && SerdeRenameRule.SerdeRefuses(rule, rustName, isField: true))
        {
            return ("IMP0041", $"starts with '{rustName.TrimStart('_').Substring(0, 1)}', which serde_derive's camelCase rule cannot lower-case (it stops compiling); give it a [WireName(\"...\")] or start the name with an ASCII letter");
        }

        if (SkipIfNull && !IsNullable)
        {
            return ("IMP0046", "is [WireSkipIfNull] but its type cannot be null, so there is nothing to skip; make the type nullable (serde's Option) or remove the attribute");
        }

        if (SkipIfEmpty && CollectionItem(Parameter.Type) is null)
        {
            return ("IMP0049", $"is [WireSkipIfEmpty] but '{Parameter.Type.ToDisplayString()}' is not a collection, so it is never empty; use a collection type (serde's Vec), [WireSkipIfNull] for a nullable value, or remove the attribute");
        }

        if (HasDefault && !Parameter.HasExplicitDefaultValue && DefaultValue.For(Parameter.Type) is null)
        {
            return ("IMP0048", $"is [WireDefault] but '{Parameter.Type.ToDisplayString()}' has no default to read a missing field as; give the parameter a C# default value (= ...), make it nullable, or use a type with a public parameterless constructor");
        }

        return null;
    }

    /// <summary>The item type of a collection (an array or an <c>IEnumerable&lt;T&gt;</c> other than string), or null.</summary>
    public static ITypeSymbol? CollectionItem(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        INamedTypeSymbol? enumerable = type.AllInterfaces
            .Concat(type is INamedTypeSymbol { TypeKind: TypeKind.Interface } self ? new[] { self } : System.Array.Empty<INamedTypeSymbol>())
            .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable?.TypeArguments[0];
    }
}
