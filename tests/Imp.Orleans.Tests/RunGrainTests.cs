using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Imp.Orleans.Demo;
using Shouldly;
using Xunit;

namespace Imp.Orleans.Tests;

/// <summary>A run per grain on the quick-start cluster: start, watch, steer, follow up, cancel by run id.</summary>
[Collection(InMemoryClusterTests.Name)]
public sealed class RunGrainTests(InMemoryCluster cluster)
{
    private static string NewId() => "run_" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_run_on_a_grain_ends_as_on_a_bare_runner_and_its_grain_state_holds_the_same_records()
    {
        var (outcome, effects, records) = await Baseline.RunAsync();
        string id = await cluster.Client.StartAsync(Baseline.Prompt);

        RunOutcome onGrain = await cluster.Client.WaitAsync(id);

        onGrain.StatusJson.ShouldBe(outcome.StatusJson);
        onGrain.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        onGrain.Turns.ShouldBe(outcome.Turns);
        onGrain.Answer.ShouldBe("Done: the fix is logged.");
        Baseline.SideEffects(InMemoryCluster.Folder, id).ShouldBe(effects);
        IReadOnlyList<string> stored = await cluster.Client.Run(id).GetRecordsAsync();
        // Same records in the same order; the read-only calls of a batch run at once, so their records interleave freely.
        Baseline.KindsInCallOrder(stored.Select(Baseline.Record)).ShouldBe(Baseline.KindsInCallOrder(records));
        stored.Select(Baseline.Record).ShouldAllBe(r => RunIdOf(r) == id);
        AgentRunStatus status = await cluster.Client.GetStatusAsync(id);
        status.ShouldBe(status with { Started = true, Activations = 1 });
        status.Finished.ShouldBeTrue();
    }

    [Fact]
    public async Task Watching_from_the_start_sees_every_event_in_order_up_to_run_finished()
    {
        string id = await cluster.Client.StartAsync(Baseline.Prompt, profile: "delay-ms=100");

        List<RunEventEntry> events = await cluster.Client.WatchAsync(id).ToListAsync();

        events[0].Event.ShouldBeOfType<RunEvent.RunStarted>().Prompt.ShouldBe(Baseline.Prompt);
        events[^1].Event.ShouldBeOfType<RunEvent.RunFinished>().Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, events.Count).Select(i => (1L << 32) + i));
        events.ShouldAllBe(e => e.Activation == 1);
        events.Count(e => e.Event is RunEvent.ToolFinished).ShouldBe(3);
    }

    [Fact]
    public async Task A_watcher_that_comes_back_with_its_last_sequence_gets_exactly_the_events_after_it()
    {
        string id = await cluster.Client.StartAsync(Baseline.Prompt);
        await cluster.Client.WaitAsync(id);
        List<RunEventEntry> all = await cluster.Client.WatchAsync(id).ToListAsync();

        foreach (int seen in new[] { 1, all.Count / 2, all.Count - 1, all.Count })
        {
            List<RunEventEntry> rest = await cluster.Client.WatchAsync(id, all[seen - 1].Sequence).ToListAsync();
            rest.Select(e => e.Json).ShouldBe(all.Skip(seen).Select(e => e.Json));
        }
    }

    [Fact]
    public async Task Starting_a_run_again_with_the_same_prompt_is_the_same_run()
    {
        string id = NewId();

        await Task.WhenAll(cluster.Client.StartAsync(Baseline.Prompt, id), cluster.Client.StartAsync(Baseline.Prompt, id));
        await cluster.Client.StartAsync(Baseline.Prompt, id);
        await cluster.Client.WaitAsync(id);

        Baseline.SideEffects(InMemoryCluster.Folder, id).ShouldBe(1);
        (await cluster.Client.GetStatusAsync(id)).Activations.ShouldBe(1);
        (await cluster.Client.Run(id).GetRecordsAsync()).Count(j => Baseline.Record(j) is RunRecord.RunStarted).ShouldBe(1);
    }

    [Fact]
    public async Task Starting_a_run_id_again_with_another_prompt_or_profile_is_refused()
    {
        string id = await cluster.Client.StartAsync(Baseline.Prompt);

        (await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.StartAsync("Something else.", id))).Message.ShouldContain(id);
        await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.StartAsync(Baseline.Prompt, id, profile: "delay-ms=1"));
        await Should.ThrowAsync<ArgumentException>(() => cluster.Client.Run(id).StartAsync(" ", null));
    }

    [Fact]
    public async Task A_run_that_was_never_started_takes_no_commands_and_has_no_events()
    {
        string id = NewId();

        (await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.SteerAsync(id, "x"))).Message.ShouldBe($"SteerAsync: run '{id}' was never started.");
        await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.FollowUpAsync(id, "x"));
        await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.CancelAsync(id));
        (await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.WaitAsync(id))).Message.ShouldContain("never started");
        (await cluster.Client.WatchAsync(id).ToListAsync()).ShouldBeEmpty();
        AgentRunStatus status = await cluster.Client.GetStatusAsync(id);
        (status.Started, status.Finished, status.Activations).ShouldBe((false, false, 0));
    }

    [Fact]
    public async Task Cancelling_finishes_the_run_cancelled_without_its_side_effect_and_the_request_is_stored()
    {
        string id = await cluster.Client.StartAsync(Baseline.Prompt, profile: "delay-ms=30000");

        await cluster.Client.CancelAsync(id);
        RunOutcome outcome = await cluster.Client.WaitAsync(id);

        outcome.Status.ShouldBe(new RunFinalStatus.Cancelled());
        Baseline.SideEffects(InMemoryCluster.Folder, id).ShouldBe(0);
        (await cluster.Client.Run(id).GetRecordsAsync()).Select(Baseline.Record).OfType<RunRecord.RunFinished>().Single().Status.ShouldBe(new RunFinalStatus.Cancelled());
        await cluster.Client.CancelAsync(id); // a finished run ignores it
    }

    [Fact]
    public async Task Steering_adds_the_message_to_the_conversation_and_a_finished_run_refuses_it()
    {
        string id = await cluster.Client.StartAsync(Baseline.Prompt, profile: "delay-ms=400");

        await cluster.Client.SteerAsync(id, "Only touch src/.");
        await cluster.Client.WaitAsync(id);

        IEnumerable<RunRecord> records = (await cluster.Client.Run(id).GetRecordsAsync()).Select(Baseline.Record);
        records.OfType<RunRecord.MessageAdded>().ShouldContain(m => m.Message.GetRawText().Contains("Only touch src/.", StringComparison.Ordinal));
        (await Should.ThrowAsync<InvalidOperationException>(() => cluster.Client.SteerAsync(id, "Too late."))).Message.ShouldContain("has finished");
    }

    [Fact]
    public async Task A_follow_up_takes_another_turn_when_the_run_would_finish()
    {
        string id = await cluster.Client.StartAsync(Baseline.Prompt, profile: "delay-ms=300");

        await cluster.Client.FollowUpAsync(id, "Then update the changelog.");
        RunOutcome outcome = await cluster.Client.WaitAsync(id);

        outcome.Turns.ShouldBe(4u);
        outcome.UnusedFollowUps.ShouldBeEmpty();
        outcome.Status.ShouldBe(new RunFinalStatus.Done(StopReason.WorkCompleted));
    }

    private static string RunIdOf(RunRecord record) => record switch
    {
        RunRecord.RunStarted r => r.RunId,
        RunRecord.MessageAdded r => r.RunId,
        RunRecord.CheckpointRecorded r => r.RunId,
        RunRecord.ToolFinished r => r.RunId,
        RunRecord.TurnEnded r => r.RunId,
        RunRecord.RunFinished r => r.RunId,
        _ => throw new InvalidOperationException(record.GetType().Name),
    };
}
