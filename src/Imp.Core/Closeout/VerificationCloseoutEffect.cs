using System.Text.Json.Serialization;

namespace Imp;

/// <summary>What a gate does to a proposed done status at closeout; kebab-case on the wire, as imp-core writes it.</summary>
[WireEnum(Naming = WireNaming.KebabCase)]
[JsonConverter(typeof(VerificationCloseoutEffectJsonConverter))]
public enum VerificationCloseoutEffect
{
    /// <summary>Done stays done.</summary>
    AllowsDone,

    /// <summary>Done becomes blocked.</summary>
    BlocksDone,

    /// <summary>Done becomes done with concerns.</summary>
    BlocksDoneWithConcerns,
}
