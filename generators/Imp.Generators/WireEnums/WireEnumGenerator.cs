using Imp.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imp.Generators.WireEnums;

/// <summary>
/// Emits <c>{Enum}Extensions</c> and <c>{Enum}JsonConverter</c> for every enum marked <c>[WireEnum]</c>.
/// Misuse is reported by <see cref="WireEnumAnalyzer"/>; this generator then emits nothing for that enum.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class WireEnumGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<WireEnumModel> models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WireEnumShape.WireEnumAttribute,
                predicate: static (node, _) => node is EnumDeclarationSyntax,
                transform: static (target, cancellationToken) => WireEnumParser.Parse(target, cancellationToken))
            .WithTrackingName(TrackingNames.WireEnumTargets)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.WireEnumModels);

        context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, WireEnumEmitter.Emit(model)));
    }
}
