using System.Text.Json.Serialization;

namespace Imp;

/// <summary>How much a verification gate weighs at closeout.</summary>
[WireEnum(Naming = WireNaming.KebabCase)]
[JsonConverter(typeof(VerificationGateRequirementJsonConverter))]
public enum VerificationGateRequirement
{
    /// <summary>Its outcome can downgrade or block a done status.</summary>
    Required,

    /// <summary>Reported, never changes the final status.</summary>
    Optional,

    /// <summary>Informational only, never changes the final status.</summary>
    Advisory,
}
