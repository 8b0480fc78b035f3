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
        IncrementalValuesProvider<EnumFallbackModel> marked = StandIns(
            context, WireEnumShape.WireEnumAttribute, IsEnum, EnumFallbackParser.Parse, TrackingNames.FallbackEnums);

        // An enum carrying both attributes is handled once, by the pipeline above.
        IncrementalValuesProvider<EnumFallbackModel> implied = StandIns(
            context,
            PhaseMachineShape.PhaseMachineAttribute,
            IsEnum,
            static (type, cancellationToken) => SymbolFacts.Has(type, WireEnumShape.WireEnumAttribute) ? null : EnumFallbackParser.Parse(type, cancellationToken),
            TrackingNames.FallbackMachines);

        IncrementalValuesProvider<UnionFallbackModel> unions = StandIns(
            context,
            WireUnionShape.WireUnionAttribute,
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
            UnionFallbackParser.Parse,
            TrackingNames.FallbackUnions);

        context.RegisterSourceOutput(marked, static (output, model) => output.AddSource(model.HintName, EnumFallbackEmitter.Emit(model)));
        context.RegisterSourceOutput(implied, static (output, model) => output.AddSource(model.HintName, EnumFallbackEmitter.Emit(model)));
        context.RegisterSourceOutput(unions, static (output, model) => output.AddSource(model.HintName, UnionFallbackEmitter.Emit(model)));
    }

    private static IncrementalValuesProvider<TModel> StandIns<TModel>(
        IncrementalGeneratorInitializationContext context,
        string attribute,
        System.Func<SyntaxNode, System.Threading.CancellationToken, bool> predicate,
        System.Func<INamedTypeSymbol, System.Threading.CancellationToken, TModel?> parse,
        string trackingName)
        where TModel : class =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attribute,
                predicate,
                (target, cancellationToken) => IsFirst(target, cancellationToken) ? parse((INamedTypeSymbol)target.TargetSymbol, cancellationToken) : null)
            .Models(trackingName);

    private static bool IsEnum(SyntaxNode node, System.Threading.CancellationToken cancellationToken) =>
        node is Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax;

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
