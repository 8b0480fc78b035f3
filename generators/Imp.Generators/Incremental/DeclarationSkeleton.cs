using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Imp.Generators.Incremental;

/// <summary>
/// The part of a file that decides what a type name means and what the named type is, as text: extern aliases,
/// using directives, assembly and module attributes, namespace names, every type's declaration up to its body
/// (attributes, modifiers, kind, name, type parameters, primary constructor, base list, constraints), and
/// delegates. Everything inside a body is left out except nested types: members, enum members, constants,
/// comments and white space between the parts.
/// </summary>
/// <remarks>
/// A model that binds, outside its own declaration, only type names (attributes, field types, base types, twins)
/// reads nothing else, so two compilations whose files have the same skeletons (and the same references and options)
/// give it the same answer. Constants and enum members elsewhere are not in it: a declaration that names them is not
/// <see cref="SelfContained"/> and is parsed every time. See <see cref="TransformCache{TModel}"/>.
/// </remarks>
internal static class DeclarationSkeleton
{
    // Keyed by the immutable tree, so an unchanged file is walked once however many compilations share it.
    private static readonly ConditionalWeakTable<SyntaxTree, string> Skeletons = new();

    /// <summary>The skeleton of <paramref name="tree"/>, computed once per tree.</summary>
    public static string Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // Stryker disable once Block : equivalent — without this early return the skeleton is built again, but GetValue below still hands out the first one.
        if (Skeletons.TryGetValue(tree, out string? known))
        {
            return known;
        }

        string skeleton = Build(tree, cancellationToken);
        return Skeletons.GetValue(tree, _ => skeleton);
    }

    private static string Build(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // Every tree of a C# compilation is a C# tree, whose root is a compilation unit.
        var unit = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        SourceText text = tree.GetText(cancellationToken);
        var builder = new StringBuilder();
        Directives(builder, unit.Externs, unit.Usings);
        foreach (AttributeListSyntax attributes in unit.AttributeLists)
        {
            Whole(builder, attributes);
        }

        foreach (MemberDeclarationSyntax member in unit.Members)
        {
            Member(builder, text, member, cancellationToken);
        }

        return builder.ToString();
    }

    private static void Member(StringBuilder builder, SourceText text, MemberDeclarationSyntax member, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                // Stryker: survives — the words around a name only keep the text readable: the closing brace below is what
                // tells which declarations a namespace holds, and no header is a bare name.
                builder.Append("namespace ").Append(ns.Name.ToString()).Append(" {\n");
                Directives(builder, ns.Externs, ns.Usings);

                foreach (MemberDeclarationSyntax nested in ns.Members)
                {
                    Member(builder, text, nested, cancellationToken);
                }

                builder.Append("}\n");
                break;

            case DelegateDeclarationSyntax:
                Whole(builder, member);
                break;

            case EnumDeclarationSyntax enumDeclaration:
                // An enum holds no types, so nothing is nested under its header.
                Header(builder, text, enumDeclaration);
                // Stryker: survives — the line break is for readers: every header starts with an attribute, a modifier or a keyword.
                builder.Append('\n');
                break;

            case TypeDeclarationSyntax type:
                Header(builder, text, type);
                // Stryker: survives — as for namespaces, the closing brace marks the nesting; the opening one is for readers.
                builder.Append(" {\n");
                foreach (MemberDeclarationSyntax nested in type.Members)
                {
                    if (nested is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                    {
                        Member(builder, text, nested, cancellationToken);
                    }
                }

                builder.Append("}\n");
                break;
        }
    }

    private static void Directives(StringBuilder builder, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (ExternAliasDirectiveSyntax alias in externs)
        {
            Whole(builder, alias);
        }

        foreach (UsingDirectiveSyntax directive in usings)
        {
            Whole(builder, directive);
        }
    }

    // From the first attribute to the body's brace, or to the end of `record R(int X);`.
    private static void Header(StringBuilder builder, SourceText text, BaseTypeDeclarationSyntax type)
    {
        int end = type.OpenBraceToken.IsKind(SyntaxKind.None) || type.OpenBraceToken.IsMissing ? type.Span.End : type.OpenBraceToken.SpanStart;
        builder.Append(text.ToString(TextSpan.FromBounds(type.SpanStart, end)));
    }

    private static void Whole(StringBuilder builder, SyntaxNode node) => builder.Append(node.ToString()).Append('\n');
}
