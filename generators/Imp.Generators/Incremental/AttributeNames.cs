using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.Incremental;

/// <summary>How an attribute is named in source, read from syntax alone.</summary>
internal static class AttributeNames
{
    /// <summary>The last identifier of an attribute's name: <c>WireEnum</c> in <c>[global::Imp.WireEnum]</c>.</summary>
    public static string? Rightmost(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Whether a using alias of the node's file or of a namespace around it could rename an attribute.</summary>
    public static bool AliasInScope(SyntaxNode node)
    {
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            bool aliased = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings.Any(u => u.Alias is not null),
                BaseNamespaceDeclarationSyntax ns => ns.Usings.Any(u => u.Alias is not null),
                _ => false,
            };
            if (aliased)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a file declares a <c>global using</c> alias, which renames in every file.</summary>
    public static bool DeclaresGlobalAlias(SyntaxNode root) =>
        root is CompilationUnitSyntax unit && unit.Usings.Any(u => u.Alias is not null && u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword));
}
