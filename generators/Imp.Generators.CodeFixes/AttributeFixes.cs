using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Imp.Generators.CodeFixes;

/// <summary>
/// The fixes that add an attribute: the generated converter on a wire enum (IMP0050, IMP0051), an explicit
/// <c>[WireName]</c> where serde and System.Text.Json disagree (IMP0006), the attribute a stray member attribute
/// needs on its enum (IMP0003, IMP0015), and <c>[JsonIgnore]</c> on variant data that stays off the wire (IMP0052).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AttributeFixes)), Shared]
public sealed class AttributeFixes : CodeFixProvider
{
    private const string ConverterAttribute = "global::System.Text.Json.Serialization.JsonConverter";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("IMP0003", "IMP0006", "IMP0015", "IMP0050", "IMP0051", "IMP0052");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            switch (diagnostic.Id)
            {
                case "IMP0050" when await Declarations.FindAsync<EnumDeclarationSyntax>(context).ConfigureAwait(false) is { } enumDeclaration:
                    string converter = enumDeclaration.Identifier.Text + "JsonConverter";
                    Declarations.Register(context, diagnostic, $"Add [JsonConverter(typeof({converter}))]", enumDeclaration, e =>
                        e.AddAttributeLists(List(Attribute(ConverterAttribute, TypeOf(converter)))));
                    break;
                case "IMP0051" when await Declarations.FindAsync<AttributeSyntax>(context).ConfigureAwait(false) is { ArgumentList.Arguments.Count: 1 } attribute
                    && attribute.FirstAncestorOrSelf<EnumDeclarationSyntax>() is { } owner:
                    string generated = owner.Identifier.Text + "JsonConverter";
                    Declarations.Register(context, diagnostic, $"Use {generated}", attribute, a =>
                        a.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(TypeOf(generated))))));
                    break;
                case "IMP0006" when await Declarations.FindAsync<EnumMemberDeclarationSyntax>(context).ConfigureAwait(false) is { } member:
                    // The message quotes serde's name first, then System.Text.Json's: offer each.
                    string[] names = QuotedNames(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                    foreach (string name in names.Take(2))
                    {
                        Declarations.Register(context, diagnostic, $"Add [WireName(\"{name}\")]", member, m =>
                            m.AddAttributeLists(List(Attribute("global::Imp.WireName", SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))));
                    }

                    break;
                case "IMP0003" or "IMP0015" when await Declarations.FindAsync<EnumMemberDeclarationSyntax>(context).ConfigureAwait(false) is { Parent: EnumDeclarationSyntax strayOwner }:
                    string wanted = diagnostic.Id == "IMP0003" ? "WireEnum" : "PhaseMachine";
                    Declarations.Register(context, diagnostic, $"Add [{wanted}] to '{strayOwner.Identifier.Text}'", strayOwner, e =>
                        e.AddAttributeLists(List(Attribute("global::Imp." + wanted))));
                    break;
                case "IMP0052" when await Declarations.FindAsync<MemberDeclarationSyntax>(context).ConfigureAwait(false) is { } data:
                    Declarations.Register(context, diagnostic, "Mark it [JsonIgnore]: it stays off the wire", data, d =>
                        d.AddAttributeLists(List(Attribute("global::System.Text.Json.Serialization.JsonIgnore"))));
                    break;
            }
        }
    }

    private static TypeOfExpressionSyntax TypeOf(string type) => SyntaxFactory.TypeOfExpression(SyntaxFactory.IdentifierName(type));

    private static AttributeSyntax Attribute(string name, params ExpressionSyntax[] arguments)
    {
        AttributeSyntax attribute = SyntaxFactory.Attribute(SyntaxFactory.ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation));
        return arguments.Length == 0
            ? attribute
            : attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.AttributeArgument))));
    }

    private static AttributeListSyntax List(AttributeSyntax attribute) =>
        SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));

    private static string[] QuotedNames(string message)
    {
        string[] parts = message.Split('"');
        return Enumerable.Range(0, parts.Length / 2).Select(i => parts[(2 * i) + 1]).Distinct().ToArray();
    }
}
