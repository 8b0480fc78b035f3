using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// The command a verification gate runs: imp-core's <c>VerificationCommand</c>,
/// <c>{"command":"cargo test","cwd":"/repo","timeout":{"secs":600,"nanos":0}}</c>. Every field may be left out when read
/// (<c>#[serde(default)]</c>: the command is then empty); <see cref="Cwd"/> and <see cref="Timeout"/> may be <c>null</c>.
/// </summary>
/// <param name="Command">The command line, as text; empty by default, as serde's.</param>
public sealed record VerificationCommand([property: JsonConverter(typeof(VerificationCommandCommandJson))] string Command = "")
{
    /// <summary>The working directory, when not the run's own (a Rust <c>PathBuf</c>).</summary>
    public string? Cwd { get; init; }

    /// <summary>How long the command may run, when limited.</summary>
    public WireDuration? Timeout { get; init; }
}
