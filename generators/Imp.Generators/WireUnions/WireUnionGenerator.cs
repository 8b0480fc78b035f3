using Imp.Generators.Incremental;
using Imp.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireUnions;

/// <summary>
/// Emits, for every record marked <c>[WireUnion]</c>, its converter, <c>Match</c>, <c>Switch</c>, <c>AsStr</c> and a
/// private constructor that closes it. Misuse is reported by <see cref="WireUnionAnalyzer"/>; this generator then
/// emits nothing for that union.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WireUnionGenerator : IIncrementalGenerator
{
    private static readonly TransformCache<WireUnionModel> Unions = new(WireUnionShape.WireUnionAttribute);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<WireUnionModel> models = context.SyntaxProvider
            .CreateSyntaxProvider(
                predicate: AttributedDeclarations.IsRecordOrClass,
                transform: static (target, cancellationToken) => Unions.GetOrParse(target, WireUnionParser.Parse, cancellationToken))
            .WithTrackingName(TrackingNames.WireUnionTargets)
            .Models(TrackingNames.WireUnionModels);

        context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, WireUnionEmitter.Emit(model)));
    }
}
