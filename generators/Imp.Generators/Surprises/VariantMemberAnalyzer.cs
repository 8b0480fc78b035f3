using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Diagnostics;
using Imp.Generators.Parsing;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.Surprises;

/// <summary>
/// A union's converter carries exactly the primary constructor's parameters of each variant. A property or field
/// that holds data besides them is silently dropped on write and left at its default on read (IMP0052).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VariantMemberAnalyzer : DiagnosticAnalyzer
{
    private const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.VariantMemberNotOnWire);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var variant = (INamedTypeSymbol)context.Symbol;
        if (!WireUnionShape.IsWireUnion(variant.BaseType) || !SymbolEqualityComparer.Default.Equals(variant.ContainingType, variant.BaseType))
        {
            return;
        }

        IMethodSymbol? primary = variant.InstanceConstructors.FirstOrDefault(c =>
            c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(context.CancellationToken) is RecordDeclarationSyntax));
        ImmutableHashSet<string> parameters = primary is null
            ? ImmutableHashSet<string>.Empty
            : primary.Parameters.Select(p => p.Name).ToImmutableHashSet();

        foreach (ISymbol member in variant.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared || parameters.Contains(member.Name) || SymbolFacts.Has(member, JsonIgnoreAttribute))
            {
                continue;
            }

            string? kind = member switch
            {
                IPropertySymbol property when HoldsData(property, context) => "Property",
                IFieldSymbol { IsConst: false, AssociatedSymbol: null } => "Field",
                _ => null,
            };
            if (kind is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VariantMemberNotOnWire, Locations.Of(member), kind, member.Name, variant.Name));
            }
        }
    }

    // An auto-property, or one that can be set, stores a value of its own; a computed one (`=> X * 2`) derives it from the wire data.
    private static bool HoldsData(IPropertySymbol property, SymbolAnalysisContext context) =>
        !property.IsIndexer
        && property.DeclaringSyntaxReferences.Any(r => r.GetSyntax(context.CancellationToken) is PropertyDeclarationSyntax declaration
            && (declaration.Initializer is not null
                || declaration.AccessorList?.Accessors is { Count: > 0 } accessors
                    && (accessors.All(a => a.Body is null && a.ExpressionBody is null)
                        || accessors.Any(a => a.Keyword.Text is "set" or "init"))));
}
