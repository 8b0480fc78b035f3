using Imp.Generators.Model;

namespace Imp.Generators.Fallback;

/// <summary>
/// The stand-in types of a [WireEnum] or [PhaseMachine] enum whose code the generator does not write because an
/// error diagnostic is reported on it; value-equal, symbol-free.
/// </summary>
/// <param name="HintName">The generated file's name, unique in the compilation.</param>
/// <param name="Namespace">The enum's namespace, empty for the global namespace.</param>
/// <param name="EnumName">The enum's simple name, for the messages.</param>
/// <param name="EnumType">
/// The enum's fully qualified name when top-level code can name it; null when it cannot (hidden, in a generic type,
/// or sharing its generated names with another enum), and the stand-ins then name no enum at all.
/// </param>
/// <param name="IsPublic">Public when the enum is reachable from other assemblies, internal otherwise.</param>
/// <param name="TypeNames">The generated types to stand in for, each named once: the others are written in full or declared by the user.</param>
internal sealed record EnumFallbackModel(
    string HintName,
    string Namespace,
    string EnumName,
    string? EnumType,
    bool IsPublic,
    EquatableArray<StandIn> TypeNames);

/// <summary>One stand-in type: what it stands in for and its name.</summary>
internal sealed record StandIn(StandInKind Kind, string Name);

/// <summary>The generated types a wire enum or phase machine has.</summary>
internal enum StandInKind
{
    Extensions,
    Converter,
    Transitions,
    Machine,
}
