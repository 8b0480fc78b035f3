using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;

namespace Imp.Orleans;

/// <summary>
/// Starts, watches, steers, follows up and cancels runs by id from any client of the cluster (or from a grain), and
/// rides out the loss of a silo: a call that fails because the silo under a run died is made again, and the run's
/// grain, activated elsewhere, resumes it.
/// </summary>
public sealed class AgentRunClient
{
    private readonly IGrainFactory _grains;
    private readonly AgentRunClientOptions _options;

    /// <summary>A client over <paramref name="grains"/> (an <c>IClusterClient</c>, or a grain's <c>GrainFactory</c>).</summary>
    public AgentRunClient(IGrainFactory grains, AgentRunClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        _options = options ?? new AgentRunClientOptions();
    }

    /// <summary>The grain of run <paramref name="runId"/>.</summary>
    public IAgentRunGrain Run(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return _grains.GetGrain<IAgentRunGrain>(runId);
    }

    /// <summary>Starts a run on <paramref name="prompt"/>; returns its id once its start is stored.</summary>
    /// <param name="prompt">The user's first message.</param>
    /// <param name="runId">The run's id; a new <c>run_</c> + 32 hex digits when <see langword="null"/>.</param>
    /// <param name="profile">The runner profile for the silo's <see cref="IAgentRunnerFactory"/>.</param>
    /// <param name="cancellationToken">Stops retrying; the run may have started.</param>
    public async Task<string> StartAsync(string prompt, string? runId = null, string? profile = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prompt);
        string id = runId ?? "run_" + Guid.NewGuid().ToString("N");
        await RetryAsync(() => Run(id).StartAsync(prompt, profile), cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Steers run <paramref name="runId"/> (<see cref="IAgentRunGrain.SteerAsync"/>).</summary>
    public Task SteerAsync(string runId, string message, CancellationToken cancellationToken = default) =>
        RetryAsync(async () => { await Run(runId).SteerAsync(message).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Queues a follow-up for run <paramref name="runId"/> (<see cref="IAgentRunGrain.FollowUpAsync"/>).</summary>
    public Task FollowUpAsync(string runId, string message, CancellationToken cancellationToken = default) =>
        RetryAsync(async () => { await Run(runId).FollowUpAsync(message).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Cancels run <paramref name="runId"/> (<see cref="IAgentRunGrain.CancelAsync"/>).</summary>
    public Task CancelAsync(string runId, CancellationToken cancellationToken = default) =>
        RetryAsync(async () => { await Run(runId).CancelAsync().ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Where run <paramref name="runId"/> stands.</summary>
    public Task<AgentRunStatus> GetStatusAsync(string runId, CancellationToken cancellationToken = default) =>
        RetryAsync(() => Run(runId).GetStatusAsync(), cancellationToken);

    /// <summary>Waits until run <paramref name="runId"/> has finished, wherever it runs, and returns its outcome.</summary>
    /// <exception cref="InvalidOperationException">The run was never started.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<RunOutcome> WaitAsync(string runId, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            AgentRunStatus status = await RetryAsync(() => Run(runId).WaitAsync(_options.PollInterval), cancellationToken).ConfigureAwait(false);
            if (status.Outcome is { } outcome)
            {
                return outcome;
            }

            if (!status.Started)
            {
                throw new InvalidOperationException($"Run '{runId}' was never started.");
            }
        }
    }

    /// <summary>
    /// The events of run <paramref name="runId"/> after <paramref name="afterSequence"/>, ending when the run ends. When
    /// the connection or the silo under the run is lost, it reconnects and goes on after the last event it yielded (see
    /// <see cref="RunEventEntry.Sequence"/> for what a lost silo takes with it).
    /// </summary>
    public async IAsyncEnumerable<RunEventEntry> WatchAsync(string runId, long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long after = afterSequence;
        int failures = 0;
        bool finished = false;
        while (true)
        {
            IAsyncEnumerator<RunEventEntry> events = Run(runId).WatchAsync(after).GetAsyncEnumerator(cancellationToken);
            bool yielded = false;
            try
            {
                while (true)
                {
                    RunEventEntry entry;
                    try
                    {
                        if (!await events.MoveNextAsync().ConfigureAwait(false))
                        {
                            // An activation that lost its run to another one ends its watchers early: the watch ends at
                            // run_finished, or when the run is finished and no activation has more to show.
                            if (finished)
                            {
                                yield break;
                            }

                            AgentRunStatus status = await GetStatusAsync(runId, cancellationToken).ConfigureAwait(false);
                            if (!status.Started || (status.Finished && !yielded))
                            {
                                yield break;
                            }

                            break;
                        }

                        entry = events.Current;
                    }
                    catch (Exception exception) when (IsTransient(exception, cancellationToken) && ++failures <= _options.MaxRetries)
                    {
                        break;
                    }

                    failures = 0;
                    after = entry.Sequence;
                    finished = entry.Json.Contains("\"type\":\"run_finished\"", StringComparison.Ordinal);
                    yielded = true;
                    yield return entry;
                }
            }
            finally
            {
                await DisposeQuietlyAsync(events).ConfigureAwait(false);
            }

            await Task.Delay(_options.RetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task DisposeQuietlyAsync(IAsyncEnumerator<RunEventEntry> events)
    {
        try
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OrleansException or EnumerationAbortedException or TimeoutException or ObjectDisposedException or OperationCanceledException)
        {
            // The grain or its silo is gone; nothing is left to release.
        }
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken) && attempt < _options.MaxRetries)
            {
                await Task.Delay(_options.RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Failures a lost silo or connection causes, as opposed to the run's own answers (argument and state errors).</summary>
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && exception is OrleansException or EnumerationAbortedException or TimeoutException; // lost silos, message rejections, gateways, enumerators of a gone activation

}
