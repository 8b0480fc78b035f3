using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Orleans.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Imp.Orleans.Tests;

/// <summary>
/// Proof by losing a machine: silos in processes of their own, sharing one Redis (membership, grain state,
/// reminders); one is killed with SIGKILL while runs are going on, and every run must finish on the survivor as an
/// uninterrupted run does, its mutable tool run at most once and no record it stored lost.
/// </summary>
[Trait("Category", "SiloLoss")]
public sealed class SiloLossTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ITestOutputHelper _output = output;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imp-orleans-silo-loss", Guid.NewGuid().ToString("N"));
    private FleetSettings _settings = null!;

    public async Task InitializeAsync()
    {
        await RedisServer.EnsureUpAsync();
        Directory.CreateDirectory(_folder);
        _settings = new FleetSettings
        {
            Redis = RedisServer.Connection,
            ClusterId = "imp-test-" + Path.GetFileName(_folder),
            Folder = _folder,
            ModelDelay = TimeSpan.FromMilliseconds(800),
        };
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_run_finishes_on_the_survivors_as_an_uninterrupted_run_does_when_a_silo_is_killed_mid_run()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4)); // CI runs the other test projects at the same time
        var (baseline, baselineEffects, _) = await Baseline.RunAsync();
        SiloProcess[] silos = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => SiloProcess.StartAsync(_settings, TimeSpan.FromSeconds(90), timeout.Token)));
        try
        {
            using IHost clientHost = FleetCluster.Client(_settings);
            await clientHost.StartAsync(timeout.Token);
            var client = new AgentRunClient(clientHost.Services.GetRequiredService<IClusterClient>(), new AgentRunClientOptions { PollInterval = TimeSpan.FromSeconds(2), RetryDelay = TimeSpan.FromMilliseconds(200) });
            string[] runs = Enumerable.Range(0, 12).Select(i => $"run_loss_{Path.GetFileName(_folder)}_{i.ToString(CultureInfo.InvariantCulture)}").ToArray();
            await Task.WhenAll(runs.Select(r => client.StartAsync(Baseline.Prompt, r, cancellationToken: timeout.Token)));
            var underWay = runs.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
            Task<List<RunEventEntry>>[] watched = runs.Select((r, i) => CollectAsync(client, r, underWay[i], timeout.Token)).ToArray();

            // Kill the silo holding the most runs once every run has stored its first checkpoint (each model answer
            // takes 800 ms, a run three of them, so none has finished).
            await Task.WhenAll(underWay.Select(u => u.Task)).WaitAsync(timeout.Token);
            AgentRunStatus[] before = await Task.WhenAll(runs.Select(r => client.GetStatusAsync(r, timeout.Token)));
            SiloProcess victim = silos.MaxBy(s => before.Count(b => OnSilo(b, s)))!;
            string[] hit = [.. before.Where(b => OnSilo(b, victim) && !b.Finished).Select(b => b.RunId)];
            victim.Kill();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            hit.ShouldNotBeEmpty("the killed silo held no unfinished run");

            RunOutcome[] outcomes = await Task.WhenAll(runs.Select(r => client.WaitAsync(r, timeout.Token)));
            _output.WriteLine($"{hit.Length} of {runs.Length} runs were on the killed silo; all finished {clock.Elapsed.TotalSeconds:F1} s after the kill");
            AgentRunStatus[] after = await Task.WhenAll(runs.Select(r => client.GetStatusAsync(r, timeout.Token)));
            after.Count(s => s.Activations > 1).ShouldBeGreaterThan(0, "no run was resumed: the kill hit none mid-run");
            List<RunEventEntry>[] events = await Task.WhenAll(watched);
            int watchesCutShort = 0;
            int resumesWatched = 0;
            for (int i = 0; i < runs.Length; i++)
            {
                string run = runs[i];
                int effects = Baseline.SideEffects(_folder, run);
                List<RunRecord> records = [.. (await client.Run(run).GetRecordsAsync()).Select(Baseline.Record)];
                if (BlockedForReview(records))
                {
                    // Killed between the mutable call's start and its end: as ResumeAsync rules, it is not run blindly.
                    outcomes[i].Status.ShouldBeOfType<RunFinalStatus.Blocked>().Message.ShouldStartWith("recovery requires user review", Case.Sensitive, run);
                    effects.ShouldBeLessThanOrEqualTo(1, run);
                    _output.WriteLine($"{run}: killed during the mutable call, blocked for review ({effects} side effect)");
                }
                else
                {
                    outcomes[i].StatusJson.ShouldBe(baseline.StatusJson, $"{run}: {string.Join(" ", records.Select(Baseline.Kind))}");
                    (outcomes[i].Turns, outcomes[i].Answer).ShouldBe((baseline.Turns, baseline.Answer), run);
                    effects.ShouldBe(baselineEffects, $"{run}: the mutable tool ran {effects} times");
                }

                // A run may finish on the victim between the status read and the kill; one that did not was resumed
                // (Orleans may activate a grain more than once while the cluster recovers; it is the same run).
                OnSilo(after[i], victim).ShouldBeFalse(run);
                // A watch cut short before the last activation (below) saw none of its events; one that followed the run
                // there saw it begin with run_resumed.
                if (after[i].Activations > 1 && events[i].FirstOrDefault(e => e.Activation == after[i].Activations) is { } resumedFirst)
                {
                    resumedFirst.Event.ShouldBeOfType<RunEvent.RunResumed>(run);
                    resumesWatched++;
                }

                // No record lost: every checkpoint a watcher saw was stored before it was published, and is still there.
                string[] stored = [.. records.OfType<RunRecord.CheckpointRecorded>().Select(c => c.Checkpoint.ToString())];
                events[i].Select(e => e.Event).OfType<RunEvent.CheckpointRecorded>().Select(c => c.Checkpoint.ToString()).ShouldBeSubsetOf(stored, run);
                records.OfType<RunRecord.RunStarted>().Count().ShouldBe(1, run);
                records.OfType<RunRecord.RunFinished>().Count().ShouldBe(1, run);
                events[i].Select(e => e.Sequence).ShouldBeInOrder(SortDirection.Ascending, run);
                if (events[i][^1].Event is RunEvent.RunFinished finished)
                {
                    finished.Status.ShouldBe(outcomes[i].Status, run);
                }
                else
                {
                    // Orleans may briefly hold two activations of a grain while it recovers the directory of a dead
                    // silo; a watcher that lands on the second one of a finished run gets no more events (docs/orleans.md).
                    _output.WriteLine($"{run}: the watch ended without run_finished (activations {after[i].Activations}, watched {string.Join(",", events[i].Select(e => e.Activation).Distinct())})");
                    watchesCutShort++;
                }
            }

            watchesCutShort.ShouldBeLessThan(runs.Length / 2, "most watches must follow their run to its end");
            resumesWatched.ShouldBeGreaterThan(0, "no watch followed a resumed run into its new activation");
            await clientHost.StopAsync(CancellationToken.None);
        }
        finally
        {
            foreach (SiloProcess silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_client_that_disconnects_and_reconnects_sees_the_remaining_events()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using SiloProcess silo = await SiloProcess.StartAsync(_settings, TimeSpan.FromSeconds(90), timeout.Token);
        string run = "run_reconnect_" + Path.GetFileName(_folder);
        var seen = new List<RunEventEntry>();
        using (IHost first = FleetCluster.Client(_settings))
        {
            await first.StartAsync(timeout.Token);
            var client = new AgentRunClient(first.Services.GetRequiredService<IClusterClient>());
            await client.StartAsync(Baseline.Prompt, run, "delay-ms=500", timeout.Token);
            await foreach (RunEventEntry entry in client.WatchAsync(run, cancellationToken: timeout.Token))
            {
                seen.Add(entry);
                if (seen.Count == 5)
                {
                    break;
                }
            }

            await first.StopAsync(timeout.Token);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(700), timeout.Token); // the run goes on while nobody watches
        using IHost second = FleetCluster.Client(_settings);
        await second.StartAsync(timeout.Token);
        var again = new AgentRunClient(second.Services.GetRequiredService<IClusterClient>());
        List<RunEventEntry> rest = await again.WatchAsync(run, seen[^1].Sequence, timeout.Token).ToListAsync(timeout.Token);
        List<RunEventEntry> all = await again.WatchAsync(run, cancellationToken: timeout.Token).ToListAsync(timeout.Token);

        rest.ShouldNotBeEmpty();
        seen.Concat(rest).Select(e => e.Json).ShouldBe(all.Select(e => e.Json));
        rest[^1].Event.ShouldBeOfType<RunEvent.RunFinished>().Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        await second.StopAsync(timeout.Token);
    }

    private static async Task<List<RunEventEntry>> CollectAsync(AgentRunClient client, string run, TaskCompletionSource underWay, CancellationToken cancellationToken)
    {
        var events = new List<RunEventEntry>();
        await foreach (RunEventEntry entry in client.WatchAsync(run, cancellationToken: cancellationToken))
        {
            events.Add(entry);
            if (entry.Event is RunEvent.CheckpointRecorded)
            {
                underWay.TrySetResult();
            }
        }

        return events;
    }

    private static bool BlockedForReview(List<RunRecord> records)
    {
        var mutable = records.OfType<RunRecord.CheckpointRecorded>().Select(c => c.Checkpoint).Where(c => c.ToolName == "append_log").ToList();
        return mutable.Any(c => c.Kind == RecoveryCheckpointKind.ToolExecutionStart) && !mutable.Any(c => c.Kind == RecoveryCheckpointKind.ToolExecutionEnd);
    }

    private static bool OnSilo(AgentRunStatus status, SiloProcess silo) =>
        status.Silo?.Contains(":" + silo.SiloPort.ToString(CultureInfo.InvariantCulture) + ":", StringComparison.Ordinal) == true
        || status.Silo?.EndsWith(":" + silo.SiloPort.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) == true;
}
