using Microsoft.CodeAnalysis;

namespace Imp.Benchmarks.Generators;

/// <summary>
/// The least a generator built on <c>ForAttributeWithMetadataName</c> can do: find the three attributes' targets
/// and keep only their names. Roslyn binds every target's attributes again on each new compilation, so this is the
/// floor under any such generator's incremental run. The Imp generators do not use it: their transform cache
/// remembers, per declaration, whether it is a target at all (see <c>TransformCache</c>).
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
