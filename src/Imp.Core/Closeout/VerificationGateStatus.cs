using System.Text.Json.Serialization;

namespace Imp;

/// <summary>Where a verification gate stands.</summary>
[WireEnum(Naming = WireNaming.KebabCase)]
[JsonConverter(typeof(VerificationGateStatusJsonConverter))]
public enum VerificationGateStatus
{
    /// <summary>Not started yet.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Ran and succeeded.</summary>
    Passed,

    /// <summary>Ran and failed.</summary>
    Failed,

    /// <summary>Deliberately not run.</summary>
    Skipped,

    /// <summary>Could not run (for example the tool it needs is missing).</summary>
    Blocked,
}
