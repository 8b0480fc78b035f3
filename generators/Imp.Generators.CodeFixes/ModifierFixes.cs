using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.CodeFixes;

/// <summary>
/// The fixes that add or change modifiers: a union that must be <c>abstract partial</c> (IMP0017, IMP0018), a
/// variant that must be <c>sealed</c> (IMP0019) or as visible as its union (IMP0024), and a user's own generated-name
/// class that must be a matching <c>partial class</c> (IMP0053).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModifierFixes)), Shared]
public sealed class ModifierFixes : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("IMP0017", "IMP0018", "IMP0019", "IMP0024", "IMP0053");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (await Declarations.FindAsync<TypeDeclarationSyntax>(context).ConfigureAwait(false) is not { } type)
            {
                continue;
            }

            switch (diagnostic.Id)
            {
                // Only a record can be made abstract in place; a class would have to be rewritten as a record.
                case "IMP0017" when type is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: 0 or (int)SyntaxKind.ClassKeyword }:
                    Declarations.Register(context, diagnostic, $"Make '{type.Identifier.Text}' abstract partial", type, t =>
                        Declarations.WithModifier(Declarations.WithModifier(t, SyntaxKind.AbstractKeyword), SyntaxKind.PartialKeyword));
                    break;
                case "IMP0018":
                    context.RegisterCodeFix(
                        Microsoft.CodeAnalysis.CodeActions.CodeAction.Create(
                            $"Make '{type.Identifier.Text}' and the types around it partial",
                            cancellationToken => Declarations.ReplaceAsync(context.Document, Outermost(type), PartialAllTheWay(Outermost(type), type), cancellationToken),
                            equivalenceKey: "ImpMakePartial"),
                        diagnostic);
                    break;
                case "IMP0019":
                    Declarations.Register(context, diagnostic, $"Make '{type.Identifier.Text}' sealed", type, t => Declarations.WithModifier(t, SyntaxKind.SealedKeyword));
                    break;
                case "IMP0024" when type.Parent is TypeDeclarationSyntax union:
                    string access = union.Modifiers.Any(SyntaxKind.PublicKeyword) ? "public" : "internal";
                    Declarations.Register(context, diagnostic, $"Make '{type.Identifier.Text}' {access}", type, t => Declarations.WithAccessibility(t, access));
                    break;
                case "IMP0053" when type is ClassDeclarationSyntax && diagnostic.Properties.TryGetValue("Accessibility", out string? needed) && needed is not null:
                    Declarations.Register(context, diagnostic, $"Make '{type.Identifier.Text}' a {needed} partial class", type, t =>
                        Declarations.WithModifier(Declarations.WithAccessibility(t, needed), SyntaxKind.PartialKeyword));
                    break;
            }
        }
    }

    private static TypeDeclarationSyntax Outermost(TypeDeclarationSyntax type)
    {
        TypeDeclarationSyntax current = type;
        while (current.Parent is TypeDeclarationSyntax container)
        {
            current = container;
        }

        return current;
    }

    // Rewrites from the outermost type down, so each container is made partial once, around the union.
    private static TypeDeclarationSyntax PartialAllTheWay(TypeDeclarationSyntax outermost, TypeDeclarationSyntax union) =>
        outermost.ReplaceNodes(
            union.AncestorsAndSelf().OfType<TypeDeclarationSyntax>(),
            (original, rewritten) => Declarations.WithModifier(rewritten, SyntaxKind.PartialKeyword));
}
