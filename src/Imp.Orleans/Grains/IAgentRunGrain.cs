using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Orleans;

namespace Imp.Orleans;

/// <summary>
/// One agent run, keyed by its run id: started, watched, steered, followed up and cancelled from any client of the
/// cluster. The grain drives a <see cref="TurnRunner"/> and keeps the run's <see cref="RunRecord"/>s in grain state, so
/// when the silo under it dies the run is resumed (<see cref="TurnRunner.Resume"/>) wherever the grain is activated next.
/// </summary>
/// <remarks>Most hosts use <see cref="AgentRunClient"/>, which adds reconnection and waiting on top.</remarks>
[Alias("imp.agent-run")]
public interface IAgentRunGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the run on <paramref name="prompt"/> with the silo's runner for <paramref name="profile"/>. Starting a run
    /// again with the same prompt and profile does nothing (a client may retry after a lost reply).
    /// </summary>
    /// <param name="prompt">The user's first message.</param>
    /// <param name="profile">Which runner the silo's <see cref="IAgentRunnerFactory"/> builds; <see langword="null"/> for its default.</param>
    /// <returns>The run's status once its start is stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> is null or white space.</exception>
    /// <exception cref="InvalidOperationException">The run id was already started with another prompt or profile.</exception>
    [Alias("start")]
    Task<AgentRunStatus> StartAsync(string prompt, string? profile);

    /// <summary>Adds <paramref name="message"/> before the model is sampled next (<see cref="AgentRun.Steer"/>).</summary>
    /// <exception cref="InvalidOperationException">The run was never started, or has finished.</exception>
    [Alias("steer")]
    Task SteerAsync(string message);

    /// <summary>Queues <paramref name="message"/> for when the run would otherwise finish (<see cref="AgentRun.FollowUp"/>).</summary>
    /// <exception cref="InvalidOperationException">The run was never started, or has finished.</exception>
    [Alias("follow-up")]
    Task FollowUpAsync(string message);

    /// <summary>
    /// Cancels the run. The request is stored first, so a run resumed on another silo is cancelled too. Does nothing
    /// once the run has finished.
    /// </summary>
    /// <exception cref="InvalidOperationException">The run was never started.</exception>
    [Alias("cancel")]
    Task CancelAsync();

    /// <summary>Where the run stands: not started, running or finished (with its outcome), and how often it was activated.</summary>
    [Alias("status")]
    Task<AgentRunStatus> GetStatusAsync();

    /// <summary>The run's stored <see cref="RunRecord"/>s in imp's wire JSON, oldest first: what a resume reads (for audit and export).</summary>
    [Alias("records")]
    Task<IReadOnlyList<string>> GetRecordsAsync();

    /// <summary>
    /// Waits up to <paramref name="maxWait"/> for the run to finish; returns its status either way (a long poll, so a
    /// client survives the loss of the silo between two calls).
    /// </summary>
    [Alias("wait")]
    Task<AgentRunStatus> WaitAsync(TimeSpan maxWait);

    /// <summary>
    /// The run's events after <paramref name="afterSequence"/> (0 for all this activation holds), then the new ones as
    /// they happen, ending when the run ends. See <see cref="RunEventEntry.Sequence"/> for what a reconnecting client
    /// sees.
    /// </summary>
    [Alias("watch")]
    IAsyncEnumerable<RunEventEntry> WatchAsync(long afterSequence);
}
