using Imp.Generators.Incremental;
using Imp.Generators.Model;
using Imp.Generators.Parsing;
using Imp.Generators.PhaseMachines;
using Microsoft.CodeAnalysis;

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
        Emit(context, Models(context, Marked, WireEnumParser.Parse, TrackingNames.WireEnumTargets));

        // An enum carrying both attributes is emitted once, by the pipeline above.
        Emit(context, Models(context, Implied, ParseImplied, TrackingNames.WireEnumImpliedTargets));
    }

    private static IncrementalValuesProvider<WireEnumModel> Models(
        IncrementalGeneratorInitializationContext context,
        TransformCache<WireEnumModel> cache,
        System.Func<INamedTypeSymbol, System.Threading.CancellationToken, WireEnumModel?> parse,
        string targetsStep) =>
        context.SyntaxProvider
            .CreateSyntaxProvider(AttributedDeclarations.IsEnum, (target, cancellationToken) => cache.GetOrParse(target, parse, cancellationToken))
            .WithTrackingName(targetsStep)
            .Models(TrackingNames.WireEnumModels);

    private static void Emit(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<WireEnumModel> models) =>
        context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, WireEnumEmitter.Emit(model)));

    private static WireEnumModel? ParseImplied(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken) =>
        !SymbolFacts.Has(type, WireEnumShape.WireEnumAttribute) ? WireEnumParser.Parse(type, cancellationToken) : null;
}
