using Imp.Generators.Model;

namespace Imp.Generators.WireEnums;

/// <summary>Everything the emitter needs to write one [WireEnum] enum's code; value-equal, symbol-free.</summary>
/// <param name="HintName">The generated file's name, unique in the compilation.</param>
/// <param name="Namespace">The enum's namespace, empty for the global namespace.</param>
/// <param name="EnumName">The enum's simple name, for documentation.</param>
/// <param name="EnumType">The enum's fully qualified name (<c>global::Ns.Outer.Name</c>).</param>
/// <param name="ExtensionsName">The generated static class, <c>{Enum}Extensions</c>.</param>
/// <param name="ConverterName">The generated JSON converter, <c>{Enum}JsonConverter</c>.</param>
/// <param name="IsPublic">Public when the enum is reachable from other assemblies, internal otherwise.</param>
/// <param name="Members">The members in declaration order.</param>
/// <param name="DenseIndex">
/// When the distinct values, in declaration order, run from some minimum upwards without gaps: the C# expression
/// (over <c>value</c>) of a value's index in that run, as a <c>ulong</c>. Names are then found by index instead of
/// by a switch. Null otherwise.
/// </param>
internal sealed record WireEnumModel(
    string HintName,
    string Namespace,
    string EnumName,
    string EnumType,
    string ExtensionsName,
    string ConverterName,
    bool IsPublic,
    EquatableArray<WireEnumMemberModel> Members,
    string? DenseIndex);
