using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Diagnostics;
using Imp.Generators.Parsing;
using Imp.Generators.PhaseMachines;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.Surprises;

/// <summary>
/// Reports a user declaration of a type the generator writes beside a wire enum or phase machine that the generated
/// partial class cannot merge with (IMP0053): not a class, not partial, or of another accessibility.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedTypeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property of IMP0053 that holds the accessibility the declaration needs.</summary>
    public const string AccessibilityProperty = "Accessibility";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.GeneratedTypeDeclaredByUser);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    // Reported on the user's own type, so the diagnostic is local to the declaration it asks to change.
    private static void Analyze(SymbolAnalysisContext context)
    {
        var own = (INamedTypeSymbol)context.Symbol;
        if (own.ContainingType is not null || own.ContainingNamespace is null)
        {
            return;
        }

        foreach ((string suffix, string modifier, bool machineOnly) in Suffixes)
        {
            if (own.Name.Length <= suffix.Length || !own.Name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                continue;
            }

            string enumName = own.Name.Substring(0, own.Name.Length - suffix.Length);
            foreach (INamedTypeSymbol type in EnumsNamed(own.ContainingNamespace, enumName))
            {
                if (WireEnumShape.IsWireEnum(type) && (!machineOnly || PhaseMachineShape.IsPhaseMachine(type)))
                {
                    Check(context, own, type, modifier, SymbolFacts.Reach(type) == TypeReach.Public);
                }
            }
        }
    }

    private static readonly (string Suffix, string Modifier, bool MachineOnly)[] Suffixes =
    [
        ("Extensions", "static", false),
        ("JsonConverter", "sealed", false),
        ("Transitions", "static", true),
        ("Machine", "sealed", true),
    ];

    // Generated classes live at namespace level, so an enum nested in a type of the namespace gets them there too.
    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> EnumsNamed(INamespaceSymbol ns, string name)
    {
        var pending = new System.Collections.Generic.Stack<INamedTypeSymbol>(ns.GetTypeMembers());
        while (pending.Count > 0)
        {
            INamedTypeSymbol candidate = pending.Pop();
            if (candidate.TypeKind == TypeKind.Enum && candidate.Name == name)
            {
                yield return candidate;
            }

            foreach (INamedTypeSymbol nested in candidate.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }

    private static void Check(SymbolAnalysisContext context, INamedTypeSymbol own, INamedTypeSymbol type, string modifier, bool isPublic)
    {
        string name = own.Name;
        if (UserDeclaredTypes.Blocking(type, name, isPublic) is not { } reference
            || !own.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == reference.SyntaxTree && r.Span == reference.Span)
            || reference.GetSyntax(context.CancellationToken) is not MemberDeclarationSyntax declaration)
        {
            return;
        }

        string access = isPublic ? "public" : "internal";
        string problem = declaration switch
        {
            ClassDeclarationSyntax { Modifiers: var modifiers } when !modifiers.Any(SyntaxKind.PartialKeyword) => "without 'partial'",
            ClassDeclarationSyntax => $"as {UserDeclaredTypes.AccessibilityOf(declaration)}, not {access}",
            TypeDeclarationSyntax other => $"as a {other.Keyword.Text}, not a class",
            EnumDeclarationSyntax => "as an enum, not a class",
            _ => "as a delegate, not a class",
        };
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.GeneratedTypeDeclaredByUser,
            Identifier(declaration).GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(AccessibilityProperty, access),
            name,
            type.Name,
            problem,
            $"{access} {modifier}"));
    }

    private static SyntaxToken Identifier(MemberDeclarationSyntax declaration) => declaration switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier,
        _ => declaration.GetFirstToken(),
    };
}
