using Orleans;

namespace Imp.Orleans;

/// <summary>Where a run stands, as its grain reports it.</summary>
[GenerateSerializer]
[Alias("imp.agent-run-status")]
public sealed record AgentRunStatus
{
    /// <summary>The run's id (the grain's key).</summary>
    [Id(0)]
    public required string RunId { get; init; }

    /// <summary>Whether the run was started.</summary>
    [Id(1)]
    public bool Started { get; init; }

    /// <summary>How many times the run's grain was activated with the run unfinished: 1 for a run no silo loss touched.</summary>
    [Id(2)]
    public int Activations { get; init; }

    /// <summary>How the run ended; <see langword="null"/> while it runs (or before it starts).</summary>
    [Id(3)]
    public RunOutcome? Outcome { get; init; }

    /// <summary>The silo that answered (its address), where the run's grain is active now.</summary>
    [Id(4)]
    public string? Silo { get; init; }

    /// <summary>The run has finished.</summary>
    public bool Finished => Outcome is not null;
}
