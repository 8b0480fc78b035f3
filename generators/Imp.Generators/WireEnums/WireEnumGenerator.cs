using Imp.Generators.Incremental;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Imp.Generators.PhaseMachines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.WireEnums;

/// <summary>
/// Emits <c>{Enum}Extensions</c> and <c>{Enum}JsonConverter</c> for every enum marked <c>[WireEnum]</c>, or
/// <c>[PhaseMachine]</c>, which implies it. Misuse is reported by <see cref="WireEnumAnalyzer"/>; this generator
/// then emits nothing for that enum.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WireEnumGenerator : IIncrementalGenerator
{
    private static readonly TransformCache<WireEnumModel> Marked = new(WireEnumShape.WireEnumAttribute);
    private static readonly TransformCache<WireEnumModel> Implied = new(PhaseMachineShape.PhaseMachineAttribute);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<WireEnumModel> marked = context.SyntaxProvider
            .CreateSyntaxProvider(
                // Stryker: survives (`> 0` made `>= 0`) — equivalent: an enum without attributes then reaches the transform, which returns null for it; only work differs.
                predicate: static (node, _) => node is EnumDeclarationSyntax { AttributeLists.Count: > 0 },
                transform: static (target, cancellationToken) => Marked.GetOrParse(target, WireEnumParser.Parse, cancellationToken))
            .WithTrackingName(TrackingNames.WireEnumTargets)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.WireEnumModels);

        // An enum carrying both attributes is emitted once, by the pipeline above.
        IncrementalValuesProvider<WireEnumModel> implied = context.SyntaxProvider
            .CreateSyntaxProvider(
                // Stryker: survives (`> 0` made `>= 0`) — equivalent: an enum without attributes then reaches the transform, which returns null for it; only work differs.
                predicate: static (node, _) => node is EnumDeclarationSyntax { AttributeLists.Count: > 0 },
                transform: static (target, cancellationToken) => Implied.GetOrParse(target, ParseImplied, cancellationToken))
            .WithTrackingName(TrackingNames.WireEnumImpliedTargets)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.WireEnumModels);

        context.RegisterSourceOutput(marked, static (output, model) => output.AddSource(model.HintName, WireEnumEmitter.Emit(model)));
        context.RegisterSourceOutput(implied, static (output, model) => output.AddSource(model.HintName, WireEnumEmitter.Emit(model)));
    }

    private static WireEnumModel? ParseImplied(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken) =>
        !SymbolFacts.Has(type, WireEnumShape.WireEnumAttribute) ? WireEnumParser.Parse(type, cancellationToken) : null;
}
