using System.Collections.Generic;
using Orleans;

namespace Imp.Orleans;

/// <summary>What a run's grain keeps in storage: the start, the run store's records, the commands that must survive a silo, the outcome.</summary>
[GenerateSerializer]
[Alias("imp.run-grain-state")]
public sealed class RunGrainState
{
    /// <summary>The user's first message; <see langword="null"/> until the run starts.</summary>
    [Id(0)]
    public string? Prompt { get; set; }

    /// <summary>The runner profile the run was started with.</summary>
    [Id(1)]
    public string? Profile { get; set; }

    /// <summary>The run's <see cref="RunRecord"/>s in imp's wire JSON, in the order appended.</summary>
    [Id(2)]
    public List<string> Records { get; set; } = [];

    /// <summary>How many activations drove the run (the first, then one per resume).</summary>
    [Id(3)]
    public int Activations { get; set; }

    /// <summary>A client asked to cancel: a resumed run is cancelled at once.</summary>
    [Id(4)]
    public bool CancelRequested { get; set; }

    /// <summary>How the run ended; <see langword="null"/> while it runs.</summary>
    [Id(5)]
    public RunOutcome? Outcome { get; set; }
}
