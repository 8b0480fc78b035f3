using System.Collections.Immutable;
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

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!WireEnumShape.IsWireEnum(type))
        {
            return;
        }

        bool isPublic = SymbolFacts.Reach(type) == TypeReach.Public;
        Check(context, type, "Extensions", "static", isPublic);
        Check(context, type, "JsonConverter", "sealed", isPublic);
        if (PhaseMachineShape.IsPhaseMachine(type))
        {
            Check(context, type, "Transitions", "static", isPublic);
            Check(context, type, "Machine", "sealed", isPublic);
        }
    }

    private static void Check(SymbolAnalysisContext context, INamedTypeSymbol type, string suffix, string modifier, bool isPublic)
    {
        string name = type.Name + suffix;
        if (UserDeclaredTypes.Blocking(type, name, isPublic)?.GetSyntax(context.CancellationToken) is not MemberDeclarationSyntax declaration)
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
