using System.Text.Json.Serialization;

namespace Imp;

/// <summary>What a gate does to a proposed done status at closeout.</summary>
[WireEnum]
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
