using Imp.Generators.Model;

namespace Imp.Generators.PhaseMachines;

/// <summary>Everything the emitter needs to write one [PhaseMachine] enum's code; value-equal, symbol-free.</summary>
/// <param name="HintName">The generated file's name, unique in the compilation.</param>
/// <param name="Namespace">The enum's namespace, empty for the global namespace.</param>
/// <param name="EnumName">The enum's simple name.</param>
/// <param name="EnumType">The enum's fully qualified name (<c>global::Ns.Name</c>).</param>
/// <param name="ExtensionsName">The [WireEnum] extensions class, for wire names in messages.</param>
/// <param name="TransitionsName">The generated table class, <c>{Enum}Transitions</c>.</param>
/// <param name="MachineName">The generated machine, <c>{Enum}Machine</c>.</param>
/// <param name="IsPublic">Public when the enum is reachable from other assemblies, internal otherwise.</param>
/// <param name="Phases">The phases in declaration order.</param>
/// <param name="Initial">Index of the initial phase.</param>
/// <param name="WithStateless">True when the compilation references Stateless.</param>
/// <param name="FromIndex">
/// When the phases' values run without gaps and there are at most 64 of them: the index of <c>from</c> in that run
/// (a C# <c>ulong</c> expression), so <c>CanTransition</c> can test a bit instead of switching. Null otherwise.
/// </param>
/// <param name="ToIndex">The same for <c>to</c>.</param>
/// <param name="TriggerType">The trigger enum's fully qualified name, or null when each phase is its own trigger.</param>
internal sealed record PhaseMachineModel(
    string HintName,
    string Namespace,
    string EnumName,
    string EnumType,
    string ExtensionsName,
    string TransitionsName,
    string MachineName,
    bool IsPublic,
    EquatableArray<PhaseModel> Phases,
    int Initial,
    bool WithStateless,
    string? FromIndex,
    string? ToIndex,
    string? TriggerType)
{
    /// <summary>The trigger type of the Stateless configuration: the trigger enum, or the phase enum itself.</summary>
    public string StatelessTrigger => TriggerType ?? EnumType;
}
