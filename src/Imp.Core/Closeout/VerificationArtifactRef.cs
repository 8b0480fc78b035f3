using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// A file a verification gate produced: imp-core's <c>VerificationArtifactRef</c>,
/// <c>{"kind":"stdout","path":".imp/runs/run_1/verification/fmt/stdout.log","summary":null,"bytes":null,"redaction":null}</c>.
/// Every field may be left out when read (<c>#[serde(default)]</c>: kind <c>artifact</c>, empty path).
/// </summary>
/// <param name="Kind">What the artifact is (<c>stdout</c>, <c>stderr</c>, <c>artifact</c>, …); <c>artifact</c> by default, as serde's.</param>
/// <param name="Path">Where it is (a Rust <c>PathBuf</c>); empty by default.</param>
public sealed record VerificationArtifactRef(
    [property: JsonConverter(typeof(VerificationArtifactRefKindJson))] string Kind = "artifact",
    [property: JsonConverter(typeof(VerificationArtifactRefPathJson))] string Path = "")
{
    /// <summary>What it holds, in a line.</summary>
    public string? Summary { get; init; }

    /// <summary>Its size, when known (a Rust <c>u64</c>).</summary>
    public ulong? Bytes { get; init; }

    /// <summary>What was redacted from it, when anything was.</summary>
    public string? Redaction { get; init; }
}
