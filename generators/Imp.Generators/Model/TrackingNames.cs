namespace Imp.Generators.Model;

/// <summary>Names of the incremental steps, so tests can check each one is cached on an unrelated edit.</summary>
internal static class TrackingNames
{
    public const string WireEnumTargets = "WireEnum.Targets";
    public const string WireEnumImpliedTargets = "WireEnum.ImpliedByPhaseMachine";
    public const string WireEnumModels = "WireEnum.Models";
    public const string PhaseMachineTargets = "PhaseMachine.Targets";
    public const string PhaseMachineStateless = "PhaseMachine.Stateless";
    public const string PhaseMachineModels = "PhaseMachine.Models";
    public const string WireUnionTargets = "WireUnion.Targets";
    public const string WireUnionModels = "WireUnion.Models";
    public const string FallbackEnums = "Fallback.Enums";
    public const string FallbackMachines = "Fallback.Machines";
    public const string FallbackUnions = "Fallback.Unions";
}
