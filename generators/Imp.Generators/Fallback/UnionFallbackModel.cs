using Imp.Generators.Model;

namespace Imp.Generators.Fallback;

/// <summary>
/// The stand-in part of a [WireUnion] whose code the generator does not write because an error diagnostic is
/// reported on it; value-equal, symbol-free.
/// </summary>
/// <param name="HintName">The generated file's name, unique in the compilation.</param>
/// <param name="Namespace">The union's namespace, empty for the global namespace.</param>
/// <param name="Containers">Partial declarations of the types the union is nested in, outermost first.</param>
/// <param name="Declaration">The union's own partial declaration.</param>
/// <param name="Name">The union's simple name.</param>
/// <param name="Type">The union's fully qualified name.</param>
/// <param name="Variants">
/// Each variant's C# name, for <c>Match</c> and <c>Switch</c>; empty when a variant
/// could not appear in their signatures (less visible than the union), and they are then left out.
/// </param>
internal sealed record UnionFallbackModel(
    string HintName,
    string Namespace,
    EquatableArray<string> Containers,
    string Declaration,
    string Name,
    string Type,
    EquatableArray<string> Variants);
