using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.Storage;

namespace Imp.Orleans;

/// <summary>
/// The grain of one run: it drives the runner on the thread pool, keeps the run's records in grain state through
/// <see cref="GrainRunStore"/>, and on activation resumes a run that was started and never finished.
/// </summary>
/// <remarks>
/// Reentrant, so that watchers and long polls wait without blocking commands; every step that must not interleave
/// (starting, launching) is guarded before its first await.
/// </remarks>
[Reentrant]
internal sealed partial class AgentRunGrain : Grain, IAgentRunGrain, IRemindable
{
    private readonly IAgentRunnerFactory _factory;
    private readonly AgentRunGrainOptions _options;
    private readonly ILogger<AgentRunGrain> _logger;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GrainRunStore _store = null!;
    private RunEventBuffer _events = new(0);
    private Task? _launch;
    private AgentRun? _run;
    private IGrainTimer? _keepAlive;

    public AgentRunGrain(IAgentRunnerFactory factory, IOptions<AgentRunGrainOptions> options, ILogger<AgentRunGrain> logger)
    {
        _factory = factory;
        _options = options.Value;
        _logger = logger;
    }

    private string RunId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IGrainStorage storage = ServiceProvider.GetKeyedService<IGrainStorage>(_options.StorageName)
            ?? throw new InvalidOperationException($"Run grains write to the grain storage provider '{_options.StorageName}', and the silo has none by that name: add one, e.g. AddMemoryGrainStorage(\"{_options.StorageName}\") for a quick start or AddRedisGrainStorage(\"{_options.StorageName}\", …) for production.");
        _store = new GrainRunStore(storage, this.GetGrainId());
        await _store.ReadAsync().ConfigureAwait(true);
        if (_store.State.FinalStatus is not null)
        {
            Finished();
        }
        else if (_store.State.Prompt is not null)
        {
            LogResuming(RunId, _store.State.Activations + 1, RuntimeIdentity);
            _launch = LaunchOrStepAsideAsync(resume: true);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _keepAlive?.Dispose();
        if (_run is { } run && !_finished.Task.IsCompleted)
        {
            // Another activation will resume the run: this one must store nothing more, or two would write one run.
            _store.Close();
            await Task.WhenAny(run.Completion, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(true);
        }
    }

    public async Task<AgentRunStatus> StartAsync(string prompt, string? profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prompt);
        if (_launch is null && _store.State.Prompt is null)
        {
            await Task.Run(() => _store.Update(s =>
            {
                s.Prompt = prompt;
                s.Profile = profile;
            })).ConfigureAwait(true);
            _launch ??= LaunchOrStepAsideAsync(resume: false);
        }
        else if (_store.State.Prompt != prompt || _store.State.Profile != profile)
        {
            throw new InvalidOperationException($"Run '{RunId}' was already started with another prompt or profile (profile '{_store.State.Profile}'); a run id starts one run.");
        }

        await (_launch ?? Task.CompletedTask).ConfigureAwait(true);
        return Status();
    }

    public async Task SteerAsync(string message) => (await RunningAsync(nameof(SteerAsync)).ConfigureAwait(true))?.Steer(message);

    public async Task FollowUpAsync(string message) => (await RunningAsync(nameof(FollowUpAsync)).ConfigureAwait(true))?.FollowUp(message);

    public async Task CancelAsync()
    {
        if (_finished.Task.IsCompleted)
        {
            return;
        }

        AgentRun? run = await RunningAsync(nameof(CancelAsync)).ConfigureAwait(true);
        if (!_store.State.CancelRequested)
        {
            await Task.Run(() => _store.Update(s => s.CancelRequested = true)).ConfigureAwait(true);
        }

        run?.Cancel();
    }

    public Task<AgentRunStatus> GetStatusAsync() => Task.FromResult(Status());

    public Task<IReadOnlyList<string>> GetRecordsAsync() => Task.FromResult(_store.Records());

    public async Task<AgentRunStatus> WaitAsync(TimeSpan maxWait)
    {
        if (maxWait > TimeSpan.Zero && _store.State.Prompt is not null)
        {
            Task launch = _launch ?? Task.CompletedTask;
            await Task.WhenAny(_finished.Task, Task.Delay(maxWait), launch.IsCompletedSuccessfully ? Task.Delay(Timeout.Infinite) : launch).ConfigureAwait(true);
            if (launch.IsFaulted)
            {
                await launch.ConfigureAwait(true); // this activation stepped aside: the caller tries again and meets the next one
            }
        }

        return Status();
    }

    public async IAsyncEnumerable<RunEventEntry> WatchAsync(long afterSequence)
    {
        await (_launch ?? Task.CompletedTask).ConfigureAwait(true);
        long after = afterSequence;
        while (true)
        {
            (List<RunEventEntry> entries, bool completed, Task changed) = _events.After(after);
            foreach (RunEventEntry entry in entries)
            {
                after = entry.Sequence;
                yield return entry;
            }

            if (entries.Count == 0)
            {
                if (completed || _run is null)
                {
                    yield break;
                }

                await changed.ConfigureAwait(true);
            }
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Being activated is the point: OnActivateAsync resumed the run. A finished run needs no more waking.
        if (reminderName == ImpOrleans.ResumeReminderName && _finished.Task.IsCompleted)
        {
            await UnregisterResumeReminderAsync().ConfigureAwait(true);
        }
    }

    private async Task<AgentRun?> RunningAsync(string command)
    {
        if (_launch is null)
        {
            throw new InvalidOperationException($"{command}: run '{RunId}' was never started.");
        }

        await _launch.ConfigureAwait(true);
        return _run;
    }

    private AgentRunStatus Status() => new()
    {
        RunId = RunId,
        Started = _store.State.Prompt is not null,
        Activations = _store.State.Activations,
        Outcome = _store.State.Outcome(),
        Silo = RuntimeIdentity,
    };

    /// <summary>
    /// Launches the run; when storage refuses the launch (another activation of this grain wrote first, which Orleans
    /// allows for a moment while it recovers a dead silo's directory), this activation steps aside: it deactivates,
    /// and the next call meets an activation that reads the state afresh.
    /// </summary>
    private async Task LaunchOrStepAsideAsync(bool resume)
    {
        try
        {
            await LaunchAsync(resume).ConfigureAwait(true);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogOutcomeNotStored(exception, RunId);
            _events.Complete();
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task LaunchAsync(bool resume)
    {
        int activation = 0;
        await Task.Run(() => _store.Update(s => activation = ++s.Activations)).ConfigureAwait(true);
        _events = new RunEventBuffer(activation);
        TurnRunner runner = _factory.Create(RunId, _store.State.Profile, new TurnRunnerOptions { RunStore = _store, OnEvent = _events.AddAsync });
        AgentRun run = resume ? runner.Resume(RunId) : runner.Start(_store.State.Prompt!, RunId);
        _run = run;
        if (_store.State.CancelRequested)
        {
            run.Cancel();
        }

        // A run that is going on must not be deactivated for being idle: nobody may be calling it.
        _keepAlive = this.RegisterGrainTimer(static _ => Task.CompletedTask, new GrainTimerCreationOptions(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)) { KeepAlive = true, Interleave = true });
        await RegisterResumeReminderAsync().ConfigureAwait(true);
        _ = FinishWhenDoneAsync(run);
    }

    private async Task FinishWhenDoneAsync(AgentRun run)
    {
        RunOutcome outcome;
        try
        {
            outcome = RunOutcome.From(await run.Completion.ConfigureAwait(true));
            await Task.Run(() => _store.Update(s => s.Finish(outcome))).ConfigureAwait(true);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Storage refused the outcome (another activation owns the run, or this one was closed): that one finishes it.
            LogOutcomeNotStored(exception, RunId);
            _events.Complete();
            DeactivateOnIdle();
            return;
        }

        _keepAlive?.Dispose();
        Finished();
        await UnregisterResumeReminderAsync().ConfigureAwait(true);
    }

    private void Finished()
    {
        _events.Complete();
        _finished.TrySetResult();
    }

    private async Task RegisterResumeReminderAsync()
    {
        if (_options.ResumeReminderPeriod is not { } period)
        {
            return;
        }

        try
        {
            await this.RegisterOrUpdateReminder(ImpOrleans.ResumeReminderName, period, period).ConfigureAwait(true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or OrleansException)
        {
            LogNoReminders(exception, RunId);
        }
    }

    private async Task UnregisterResumeReminderAsync()
    {
        if (_options.ResumeReminderPeriod is null)
        {
            return;
        }

        try
        {
            if (await this.GetReminder(ImpOrleans.ResumeReminderName).ConfigureAwait(true) is { } reminder)
            {
                await this.UnregisterReminder(reminder).ConfigureAwait(true);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or OrleansException)
        {
            LogNoReminders(exception, RunId);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Resuming run {RunId} (activation {Activation}) on {Silo}")]
    private partial void LogResuming(string runId, int activation, string silo);

    [LoggerMessage(2, LogLevel.Warning, "Run {RunId}: storage refused this activation's write; another activation carries the run on")]
    private partial void LogOutcomeNotStored(Exception exception, string runId);

    [LoggerMessage(3, LogLevel.Warning, "Run {RunId}: no resume reminder (is a reminder service configured?); the run resumes after a silo loss only when a client calls it")]
    private partial void LogNoReminders(Exception exception, string runId);
}
