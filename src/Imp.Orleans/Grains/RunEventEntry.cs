using System.Text.Json;
using Imp.Json;
using Orleans;

namespace Imp.Orleans;

/// <summary>A run event as a grain hands it out: its place in the run's event sequence and its wire JSON.</summary>
/// <remarks>
/// <para>A sequence number is the activation (high 32 bits) and the event's position in it (low 32 bits, from 1). A
/// client that reconnects to the same activation passes the last number it saw and gets exactly the events after it.
/// Events live in the activation's memory, not in storage: after the silo under a run dies, the new activation's
/// numbers are all higher, so a client gets every event of the resumed run from its <c>run_resumed</c> on — the
/// events the dead silo published after the run's last stored record describe work the resumed run does again.</para>
/// </remarks>
[GenerateSerializer]
[Alias("imp.run-event-entry")]
public sealed record RunEventEntry
{
    /// <summary>The event's place: activation in the high 32 bits, position in the low 32.</summary>
    [Id(0)]
    public long Sequence { get; init; }

    /// <summary>The event in imp's wire JSON; <see cref="Event"/> reads it.</summary>
    [Id(1)]
    public required string Json { get; init; }

    /// <summary>The activation that published the event (1 for the run's first).</summary>
    public int Activation => (int)(Sequence >> 32);

    /// <summary>The event.</summary>
    public RunEvent Event => JsonSerializer.Deserialize(Json, ImpJson.TypeInfo<RunEvent>())!;
}
