using System.Globalization;
using System.Linq;
using Imp.Generators.Emit;
using Imp.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireUnions;

/// <summary>The C# expression a <c>[WireDefault]</c> field reads as when it is missing: serde's <c>Default::default()</c>.</summary>
internal static class DefaultValue
{
    /// <summary>The parameter's own <c>= ...</c> value when it has one, otherwise <see cref="For"/>.</summary>
    public static string? Of(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return For(parameter.Type);
        }

        string type = SymbolFacts.FullyQualifiedName(parameter.Type);
        return parameter.ExplicitDefaultValue switch
        {
            null => "default",
            string text => CSharpLiteral.String(text),
            bool flag => flag ? "true" : "false",
            char c => "'" + CSharpLiteral.String(c.ToString()).Trim('"').Replace("'", "\\'") + "'",
            System.IFormattable number => $"({type})({number.ToString(null, CultureInfo.InvariantCulture)})",
            _ => "default",
        };
    }

    /// <summary>
    /// What serde's <c>Default</c> gives for a type: <c>default</c> for value types and nullable references, <c>""</c> for
    /// a string, an empty collection, <c>new()</c> for a class with a public parameterless constructor; null when there is none.
    /// </summary>
    public static string? For(ITypeSymbol type)
    {
        if (type.IsValueType && type is not INamedTypeSymbol { Name: "ImmutableArray", Arity: 1 })
        {
            return "default";
        }

        if (type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            return "default";
        }

        string name = SymbolFacts.FullyQualifiedName(type);
        switch (type)
        {
            case { SpecialType: SpecialType.System_String }:
                return "\"\"";
            case IArrayTypeSymbol array:
                return $"global::System.Array.Empty<{SymbolFacts.FullyQualifiedName(array.ElementType)}>()";
            case INamedTypeSymbol { Name: "ImmutableArray", Arity: 1 } immutable:
                return $"global::System.Collections.Immutable.ImmutableArray<{SymbolFacts.FullyQualifiedName(immutable.TypeArguments[0])}>.Empty";
            case INamedTypeSymbol { TypeKind: TypeKind.Interface, Arity: 1 } sequence
                when sequence.Name is "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection":
                return $"global::System.Array.Empty<{SymbolFacts.FullyQualifiedName(sequence.TypeArguments[0])}>()";
            case INamedTypeSymbol { IsAbstract: false, TypeKind: TypeKind.Class } named
                when named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public):
                return $"new {name}()";
            default:
                return null;
        }
    }
}
