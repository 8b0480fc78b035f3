using Microsoft.CodeAnalysis;

namespace Imp.Benchmarks.Generators;

/// <summary>
/// The least a generator built on <c>ForAttributeWithMetadataName</c> can do: find the three attributes' targets
/// and keep only their names. Its incremental run is the floor under the real generators' one, since Roslyn runs
/// every transform again on each new compilation and compares only the results.
/// </summary>
internal sealed class AttributeOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (string attribute in new[] { "Imp.WireEnumAttribute", "Imp.PhaseMachineAttribute", "Imp.WireUnionAttribute" })
        {
            IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                attribute,
                predicate: static (_, _) => true,
                transform: static (target, _) => target.TargetSymbol.Name);
            context.RegisterSourceOutput(names, static (_, _) => { });
        }
    }
}
