using System.Collections.Immutable;
using System.Linq;
using Imp.Generators.Diagnostics;
using Imp.Generators.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.WireUnions;

/// <summary>Reports every misuse of <c>[WireUnion]</c> that the generator skips or would get wrong.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WireUnionAnalyzer : DiagnosticAnalyzer
{
    // The problems the shape finds and names by id (the options', a variant's, a field's), reported as found.
    private static readonly DiagnosticDescriptor[] ShapeProblems =
    [
        DiagnosticDescriptors.UnknownWireOption,
        DiagnosticDescriptors.SerdeRefusesName,
        DiagnosticDescriptors.RepresentationMismatch,
        DiagnosticDescriptors.MalformedTag,
        DiagnosticDescriptors.NewtypeFieldCount,
        DiagnosticDescriptors.TaggedNewtypeNotObject,
        DiagnosticDescriptors.SkipIfNullNotNullable,
        DiagnosticDescriptors.SkipIfEmptyNotCollection,
        DiagnosticDescriptors.DefaultVariantWithoutConstructor,
        DiagnosticDescriptors.DefaultFieldWithoutDefault,
    ];

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = ShapeProblems.ToImmutableDictionary(d => d.Id);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnionNotAbstractRecord,
        DiagnosticDescriptors.UnionNotPartial,
        DiagnosticDescriptors.VariantNotSealed,
        DiagnosticDescriptors.VariantOutsideUnion,
        DiagnosticDescriptors.DuplicateVariantName,
        DiagnosticDescriptors.FieldNamedType,
        DiagnosticDescriptors.GenericUnion,
        DiagnosticDescriptors.VariantLessVisible,
        DiagnosticDescriptors.MalformedWireName,
        DiagnosticDescriptors.UnreachableWireUnion).AddRange(ShapeProblems);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // Stryker disable once Statement : equivalent — concurrent execution changes how fast the analyzer runs, not what it reports.
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        Location location = Locations.Of(type);

        // A record deriving from a union must be one of its nested variants.
        if (WireUnionShape.IsWireUnion(type.BaseType) && !SymbolEqualityComparer.Default.Equals(type.ContainingType, type.BaseType))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VariantOutsideUnion, location, type.Name, type.BaseType!.Name));
        }

        if (!WireUnionShape.IsWireUnion(type))
        {
            return;
        }

        WireUnionShape shape = WireUnionShape.Read(type, context.CancellationToken);
        if (shape.Options.Problem is { } optionsProblem)
        {
            Location optionsLocation = shape.Options.Attribute is { } unionAttribute ? Locations.Of(unionAttribute, type) : location;
            context.ReportDiagnostic(Diagnostic.Create(ById[shape.Options.ProblemId!], optionsLocation, type.Name, optionsProblem));
        }

        if (!shape.IsRecordClass || !shape.IsAbstract)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnionNotAbstractRecord, location, type.Name));
        }

        if (!shape.IsPartial)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnionNotPartial, location, type.Name));
        }

        if (shape.IsGeneric)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericUnion, location, type.Name));
        }
        else if (shape.Reach == Parsing.TypeReach.Unreachable)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreachableWireUnion, location, type.Name, "it or a type containing it is not public or internal"));
        }

        foreach (WireVariantShape variant in shape.Variants)
        {
            Location variantLocation = Locations.Of(variant.Type);
            if (!variant.IsSealed)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VariantNotSealed, variantLocation, variant.Type.Name, type.Name));
            }

            if (!variant.IsAsVisibleAs(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.VariantLessVisible, variantLocation, variant.Type.Name, type.Name));
            }

            if (variant.Problem is { } variantProblem)
            {
                context.ReportDiagnostic(Diagnostic.Create(ById[variantProblem.Id], variantLocation, variant.Type.Name, variantProblem.Message));
            }

            if (variant.WireNameAttribute is { } attribute && !WireNameRules.IsWellFormed(variant.WireName))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedWireName, Locations.Of(attribute, variant.Type), variant.Type.Name, "empty or malformed"));
            }

            foreach (WireFieldShape field in variant.Fields)
            {
                Location fieldLocation = Locations.Of(field.Parameter);
                if (field.Problem is { } fieldProblem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(ById[fieldProblem.Id], fieldLocation, field.Parameter.Name, fieldProblem.Message));
                }

                if (shape.ClashesWithTag(field))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FieldNamedType, fieldLocation, field.Parameter.Name, variant.Type.Name, field.WireName));
                }
                else if (field.WireNameAttribute is { } fieldAttribute && !WireNameRules.IsWellFormed(field.WireName))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedWireName, Locations.Of(fieldAttribute, field.Parameter), field.Parameter.Name, "empty or malformed"));
                }
            }
        }

        foreach ((WireVariantShape first, WireVariantShape second) in shape.DuplicateNames)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DuplicateVariantName,
                Locations.Of(second.Type),
                first.Type.Name,
                second.Type.Name,
                type.Name,
                second.WireName));
        }
    }
}
