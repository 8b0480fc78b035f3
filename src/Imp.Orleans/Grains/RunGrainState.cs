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

    /// <summary>The final status's wire JSON once the run has ended; <see langword="null"/> while it runs.</summary>
    /// <remarks>Plain strings and numbers only, so any grain storage serializer (Orleans', System.Text.Json, Newtonsoft's) stores the state.</remarks>
    [Id(5)]
    public string? FinalStatus { get; set; }

    /// <summary>How many turns the run took.</summary>
    [Id(6)]
    public uint Turns { get; set; }

    /// <summary>The text of the model's last message.</summary>
    [Id(7)]
    public string? Answer { get; set; }

    /// <summary>Follow-ups no turn took.</summary>
    [Id(8)]
    public List<string> UnusedFollowUps { get; set; } = [];

    /// <summary>The outcome, once the run has ended.</summary>
    internal RunOutcome? Outcome() => FinalStatus is null ? null : new RunOutcome { StatusJson = FinalStatus, Turns = Turns, Answer = Answer, UnusedFollowUps = [.. UnusedFollowUps] };

    /// <summary>Stores <paramref name="outcome"/>.</summary>
    internal void Finish(RunOutcome outcome)
    {
        FinalStatus = outcome.StatusJson;
        Turns = outcome.Turns;
        Answer = outcome.Answer;
        UnusedFollowUps = [.. outcome.UnusedFollowUps];
    }
}
