using System.Collections.Immutable;
using Imp.Generators.Diagnostics;
using Imp.Generators.Parsing;
using Imp.Generators.WireEnums;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Generators.Surprises;

/// <summary>
/// A wire enum reaches JSON through its generated converter only where the converter is named: without
/// <c>[JsonConverter(typeof({Enum}JsonConverter))]</c> System.Text.Json writes a number (IMP0050), and with another
/// converter it writes something else than the wire names (IMP0051).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConverterAttributeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The attribute that names an enum's converter.</summary>
    public const string JsonConverterAttribute = "System.Text.Json.Serialization.JsonConverterAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WireEnumWithoutConverter,
        DiagnosticDescriptors.WireEnumForeignConverter);

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
        // Where top-level code cannot name the enum there is no converter to name: IMP0005 and IMP0007 say so.
        if (!WireEnumShape.IsWireEnum(type) || SymbolFacts.Reach(type) is not (TypeReach.Public or TypeReach.Internal))
        {
            return;
        }

        string expected = type.Name + "JsonConverter";
        AttributeData? attribute = SymbolFacts.Find(type, JsonConverterAttribute);
        if (attribute is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WireEnumWithoutConverter, Locations.Of(type), type.Name, expected));
            return;
        }

        if (attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is INamedTypeSymbol { TypeKind: not TypeKind.Error } converter
            && !IsGeneratedConverter(converter, type, expected))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.WireEnumForeignConverter,
                Locations.Of(attribute, type),
                type.Name,
                converter.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                expected));
        }
    }

    private static bool IsGeneratedConverter(INamedTypeSymbol converter, INamedTypeSymbol type, string expected) =>
        converter.Name == expected
        && converter.ContainingType is null
        && SymbolEqualityComparer.Default.Equals(converter.ContainingNamespace, type.ContainingNamespace);
}
