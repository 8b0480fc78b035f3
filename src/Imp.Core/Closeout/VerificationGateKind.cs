using System.Text.Json.Serialization;

namespace Imp;

/// <summary>How a verification gate is checked.</summary>
/// <remarks>
/// imp-core's workflow module, which declares this enum, is not part of the carried-over sources; only the kind its
/// tests use is declared here. More kinds can be added without changing existing wire names.
/// </remarks>
[WireEnum]
[JsonConverter(typeof(VerificationGateKindJsonConverter))]
public enum VerificationGateKind
{
    /// <summary>Runs a command; its exit code decides the outcome.</summary>
    Command,
}
