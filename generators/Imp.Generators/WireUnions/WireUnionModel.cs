using Imp.Generators.Model;

namespace Imp.Generators.WireUnions;

/// <summary>Everything the emitter needs to write one [WireUnion]'s code; value-equal, symbol-free.</summary>
/// <param name="HintName">The generated file's name, unique in the compilation.</param>
/// <param name="Namespace">The union's namespace, empty for the global namespace.</param>
/// <param name="Containers">Partial declarations of the types the union is nested in, outermost first.</param>
/// <param name="Declaration">The union's own partial declaration (<c>partial record Name</c>).</param>
/// <param name="Name">The union's simple name.</param>
/// <param name="Type">The union's fully qualified name.</param>
/// <param name="AddPrivateConstructor">True when the union declares no constructor, so the generator closes it with a private one.</param>
/// <param name="Variants">The variants in declaration order.</param>
/// <param name="Representation">serde's enum representation.</param>
/// <param name="Tag">The tag property (internally and adjacently tagged).</param>
/// <param name="Content">The content property (adjacently tagged), or null.</param>
internal sealed record WireUnionModel(
    string HintName,
    string Namespace,
    EquatableArray<string> Containers,
    string Declaration,
    string Name,
    string Type,
    bool AddPrivateConstructor,
    EquatableArray<WireVariantModel> Variants,
    UnionRepresentation Representation,
    string Tag,
    string? Content);
