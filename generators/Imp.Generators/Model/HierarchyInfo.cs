using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Model;

/// <summary>
/// The types a generated partial declaration must be nested in, outermost first, as the words that open them
/// (<c>partial class Outer</c>), so a model can reproduce the nesting without holding symbols.
/// </summary>
internal static class HierarchyInfo
{
    public static EquatableArray<string> ContainingDeclarations(INamedTypeSymbol type)
    {
        string[] declarations = Containers(type).Reverse().Select(Declaration).ToArray();
        return new EquatableArray<string>(declarations);
    }

    /// <summary>The opening words of a partial declaration of <paramref name="type"/>: <c>partial record struct Name</c>.</summary>
    public static string Declaration(INamedTypeSymbol type)
    {
        string kind = type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };
        return $"partial {kind} {Parsing.SymbolFacts.EscapedIdentifier(type.Name)}";
    }

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> Containers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            yield return current;
        }
    }
}
