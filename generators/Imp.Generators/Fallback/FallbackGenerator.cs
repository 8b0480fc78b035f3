using Imp.Generators.Incremental;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Imp.Generators.PhaseMachines;
using Imp.Generators.WireEnums;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Fallback;

/// <summary>
/// Diagnostics are never hidden: for a [WireEnum], [PhaseMachine] or [WireUnion] declaration on which an error is
/// reported, the other generators write nothing, and this one writes stand-ins for the types and members user code
/// names. Without them a <c>[JsonConverter(typeof(ColorJsonConverter))]</c> fails with CS0246 while declarations
/// are bound, the compiler stops there, and no analyzer (so no IMP diagnostic) ever runs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FallbackGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<EnumFallbackModel> marked = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WireEnumShape.WireEnumAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax,
                static (target, cancellationToken) => IsFirst(target, cancellationToken) ? EnumFallbackParser.Parse((INamedTypeSymbol)target.TargetSymbol, cancellationToken) : null)
            .Models(TrackingNames.FallbackEnums);

        // An enum carrying both attributes is handled once, by the pipeline above.
        IncrementalValuesProvider<EnumFallbackModel> implied = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                PhaseMachineShape.PhaseMachineAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax,
                static (target, cancellationToken) => SymbolFacts.Has(target.TargetSymbol, WireEnumShape.WireEnumAttribute) || !IsFirst(target, cancellationToken)
                    ? null
                    : EnumFallbackParser.Parse((INamedTypeSymbol)target.TargetSymbol, cancellationToken))
            .Models(TrackingNames.FallbackMachines);

        IncrementalValuesProvider<UnionFallbackModel> unions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WireUnionShape.WireUnionAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (target, cancellationToken) => IsFirst(target, cancellationToken) ? UnionFallbackParser.Parse((INamedTypeSymbol)target.TargetSymbol, cancellationToken) : null)
            .Models(TrackingNames.FallbackUnions);

        context.RegisterSourceOutput(marked, static (output, model) => output.AddSource(model.HintName, EnumFallbackEmitter.Emit(model)));
        context.RegisterSourceOutput(implied, static (output, model) => output.AddSource(model.HintName, EnumFallbackEmitter.Emit(model)));
        context.RegisterSourceOutput(unions, static (output, model) => output.AddSource(model.HintName, UnionFallbackEmitter.Emit(model)));
    }

    // A type declared twice (CS0101) is one symbol reached from two declarations: only the first attributed one writes its stand-ins.
    private static bool IsFirst(GeneratorAttributeSyntaxContext target, System.Threading.CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in target.TargetSymbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax { AttributeLists.Count: > 0 } declaration)
            {
                return declaration == target.TargetNode;
            }
        }

        return false;
    }
}
