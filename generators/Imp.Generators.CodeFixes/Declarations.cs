using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.CodeFixes;

/// <summary>What the fixes share: finding the declaration a diagnostic is on, and rewriting one document.</summary>
internal static class Declarations
{
    /// <summary>The innermost node of type <typeparamref name="T"/> around the diagnostic's span.</summary>
    public static async Task<T?> FindAsync<T>(CodeFixContext context)
        where T : SyntaxNode
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        return root?.FindNode(context.Span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<T>().FirstOrDefault();
    }

    /// <summary>Registers an action that replaces <paramref name="node"/> with what <paramref name="change"/> makes of it.</summary>
    public static void Register<T>(CodeFixContext context, Diagnostic diagnostic, string title, T node, System.Func<T, SyntaxNode> change)
        where T : SyntaxNode =>
        context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => ReplaceAsync(context.Document, node, change(node), cancellationToken), equivalenceKey: title),
            diagnostic);

    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation)));
    }

    /// <summary>The declaration with <paramref name="keyword"/> among its modifiers, placed where C# style puts it (partial last).</summary>
    public static TNode WithModifier<TNode>(TNode declaration, SyntaxKind keyword)
        where TNode : MemberDeclarationSyntax
    {
        SyntaxTokenList modifiers = declaration.Modifiers;
        if (modifiers.Any(keyword))
        {
            return declaration;
        }

        SyntaxToken token = SyntaxFactory.Token(keyword).WithTrailingTrivia(SyntaxFactory.Space);
        int partial = modifiers.IndexOf(SyntaxKind.PartialKeyword);
        SyntaxTokenList updated = keyword == SyntaxKind.PartialKeyword || partial < 0 ? modifiers.Add(token) : modifiers.Insert(partial, token);
        return WithModifiers(declaration, updated);
    }

    /// <summary>The declaration with its accessibility words replaced by <paramref name="access"/> (<c>public</c> or <c>internal</c>).</summary>
    public static TNode WithAccessibility<TNode>(TNode declaration, string access)
        where TNode : MemberDeclarationSyntax
    {
        SyntaxTokenList kept = SyntaxFactory.TokenList(declaration.Modifiers.Where(m =>
            m.Kind() is not (SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.FileKeyword)));
        SyntaxToken word = SyntaxFactory.Token(access == "public" ? SyntaxKind.PublicKeyword : SyntaxKind.InternalKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        return WithModifiers(declaration, kept.Insert(0, word));
    }

    // The first token after the attributes carries the declaration's indentation: it moves to the first modifier.
    private static TNode WithModifiers<TNode>(TNode declaration, SyntaxTokenList modifiers)
        where TNode : MemberDeclarationSyntax
    {
        SyntaxToken first = declaration.AttributeLists.Count > 0
            ? declaration.AttributeLists.Last().GetLastToken().GetNextToken()
            : declaration.GetFirstToken();
        SyntaxTriviaList leading = first.LeadingTrivia;
        TNode bare = declaration.Modifiers.Count > 0
            ? (TNode)declaration.WithModifiers(default)
            : declaration.ReplaceToken(first, first.WithLeadingTrivia());
        if (declaration.Modifiers.Count > 0)
        {
            // Without its modifiers the keyword is first after the attributes; it follows the last modifier now.
            SyntaxToken keyword = declaration.AttributeLists.Count > 0
                ? bare.AttributeLists.Last().GetLastToken().GetNextToken()
                : bare.GetFirstToken();
            bare = bare.ReplaceToken(keyword, keyword.WithLeadingTrivia());
        }

        SyntaxToken[] tokens = modifiers.Select((m, i) => m.WithLeadingTrivia(i == 0 ? leading : default).WithTrailingTrivia(SyntaxFactory.Space)).ToArray();
        return (TNode)bare.WithModifiers(SyntaxFactory.TokenList(tokens));
    }
}
