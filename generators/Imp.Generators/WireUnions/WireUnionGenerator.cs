using Imp.Generators.Incremental;
using Imp.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
                // Stryker: survives (the record's `> 0` made `>= 0`, the class's made `>= 0` or `< 0`) — equivalent: a record without attributes
                // reaches the transform, which returns null for it, and a class never yields a model (a union must be a record class); only work differs.
                predicate: static (node, _) => node is RecordDeclarationSyntax { AttributeLists.Count: > 0 } or ClassDeclarationSyntax { AttributeLists.Count: > 0 },
                transform: static (target, cancellationToken) => Unions.GetOrParse(target, WireUnionParser.Parse, cancellationToken))
            .WithTrackingName(TrackingNames.WireUnionTargets)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.WireUnionModels);

        context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, WireUnionEmitter.Emit(model)));
    }
}
