using Imp.Generators.Incremental;
using Imp.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// Emits <c>{Enum}Transitions</c> and <c>{Enum}Machine</c> for every enum marked <c>[PhaseMachine]</c>, with a
/// Stateless configuration method when the compilation references Stateless. Misuse is reported by
/// <see cref="PhaseMachineAnalyzer"/>; this generator then emits nothing for that enum.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PhaseMachineGenerator : IIncrementalGenerator
{
    private const string StatelessMachine = "Stateless.StateMachine`2";

    private static readonly TransformCache<PhaseMachineModel> Machines = new(PhaseMachineShape.PhaseMachineAttribute);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<bool> withStateless = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(StatelessMachine) is not null)
            .WithTrackingName(TrackingNames.PhaseMachineStateless);

        IncrementalValuesProvider<PhaseMachineModel> models = context.SyntaxProvider
            .CreateSyntaxProvider(
                predicate: AttributedDeclarations.IsEnum,
                transform: static (target, cancellationToken) => Machines.GetOrParse(target, PhaseMachineParser.Parse, cancellationToken))
            .WithTrackingName(TrackingNames.PhaseMachineTargets)
            .Where(static model => model is not null)
            .Combine(withStateless)
            .Select(static (pair, _) => pair.Left! with { WithStateless = pair.Right })
            .WithTrackingName(TrackingNames.PhaseMachineModels);

        context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, PhaseMachineEmitter.Emit(model)));
    }
}
