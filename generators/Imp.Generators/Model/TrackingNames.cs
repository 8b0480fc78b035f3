namespace Imp.Generators.Model;

/// <summary>Names of the incremental steps, so tests can check each one is cached on an unrelated edit.</summary>
internal static class TrackingNames
{
    public const string WireEnumTargets = "WireEnum.Targets";
    public const string WireEnumModels = "WireEnum.Models";
}
