using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Imp.Generators.Incremental;

/// <summary>
/// The part of a file that can change what a name means elsewhere, as text: extern aliases, using directives,
/// assembly and module attributes, namespace names, every type's declaration up to its body (attributes, modifiers,
/// name, type parameters, primary constructor, base list, constraints), const fields, and enums and delegates
/// whole. Method, property, event, field and constructor declarations, their bodies, top-level statements,
/// comments outside those parts and white space between them are left out.
/// </summary>
/// <remarks>
/// A model that binds only types, namespaces, aliases, attributes and constants reads nothing outside these parts,
/// so two compilations whose files have the same skeletons (and the same references and options) give it the same
/// answer. See <see cref="TransformCache{TModel}"/> for the models that rely on it.
/// </remarks>
internal static class DeclarationSkeleton
{
    // Keyed by the immutable tree, so an unchanged file is walked once however many compilations share it.
    private static readonly ConditionalWeakTable<SyntaxTree, string> Skeletons = new();

    /// <summary>The skeleton of <paramref name="tree"/>, computed once per tree.</summary>
    public static string Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Skeletons.TryGetValue(tree, out string? known))
        {
            return known;
        }

        string skeleton = Build(tree, cancellationToken);
        return Skeletons.GetValue(tree, _ => skeleton);
    }

    private static string Build(SyntaxTree tree, CancellationToken cancellationToken)
    {
        SyntaxNode root = tree.GetRoot(cancellationToken);
        SourceText text = tree.GetText(cancellationToken);
        var builder = new StringBuilder();
        if (root is CompilationUnitSyntax unit)
        {
            foreach (ExternAliasDirectiveSyntax alias in unit.Externs)
            {
                Whole(builder, alias);
            }

            foreach (UsingDirectiveSyntax directive in unit.Usings)
            {
                Whole(builder, directive);
            }

            foreach (AttributeListSyntax attributes in unit.AttributeLists)
            {
                Whole(builder, attributes);
            }

            foreach (MemberDeclarationSyntax member in unit.Members)
            {
                Member(builder, text, member, cancellationToken);
            }
        }
        else
        {
            // Not a C# file as this walk knows it: the whole text stands for itself.
            builder.Append(text.ToString());
        }

        return builder.ToString();
    }

    private static void Member(StringBuilder builder, SourceText text, MemberDeclarationSyntax member, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                builder.Append("namespace ").Append(ns.Name.ToString()).Append(" {\n");
                foreach (ExternAliasDirectiveSyntax alias in ns.Externs)
                {
                    Whole(builder, alias);
                }

                foreach (UsingDirectiveSyntax directive in ns.Usings)
                {
                    Whole(builder, directive);
                }

                foreach (MemberDeclarationSyntax nested in ns.Members)
                {
                    Member(builder, text, nested, cancellationToken);
                }

                builder.Append("}\n");
                break;

            case EnumDeclarationSyntax or DelegateDeclarationSyntax:
                Whole(builder, member);
                break;

            case TypeDeclarationSyntax type:
                // The header runs from the first attribute to the body's brace, or to the end of `record R(int X);`.
                int end = type.OpenBraceToken.IsKind(SyntaxKind.None) || type.OpenBraceToken.IsMissing
                    ? type.Span.End
                    : type.OpenBraceToken.SpanStart;
                builder.Append(text.ToString(TextSpan.FromBounds(type.SpanStart, end))).Append(" {\n");
                foreach (MemberDeclarationSyntax nested in type.Members)
                {
                    if (nested is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                    {
                        Member(builder, text, nested, cancellationToken);
                    }
                    else if (nested is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        Whole(builder, field);
                    }
                }

                builder.Append("}\n");
                break;
        }
    }

    private static void Whole(StringBuilder builder, SyntaxNode node) => builder.Append(node.ToString()).Append('\n');
}
