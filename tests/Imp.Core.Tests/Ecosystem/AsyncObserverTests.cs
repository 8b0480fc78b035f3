using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Ecosystem;

/// <summary><see cref="TurnRunnerOptions.OnEvent"/> is asynchronous: awaited in order, one at a time, all delivered before completion.</summary>
public sealed class AsyncObserverTests
{
    private static ScriptedChatClient Model() => new([Say.Calls(("c1", "echo", "{}"), ("c2", "echo2", "{}")), Say.Answer("done")]);

    [Fact]
    public async Task A_slow_observer_gets_every_event_in_order_before_the_run_completes()
    {
        var seen = new List<RunEvent>();
        int inFlight = 0;
        int overlapped = 0;
        var recorder = new RunRecorder();
        var runner = new TurnRunner(Model(), [TestTools.Echo(), TestTools.Echo("echo2")], new TurnRunnerOptions
        {
            Retry = Runs.Immediate,
            OnEvent = async (e, ct) =>
            {
                if (Interlocked.Increment(ref inFlight) > 1)
                {
                    Interlocked.Increment(ref overlapped);
                }

                await Task.Delay(1, ct);
                seen.Add(e);
                Interlocked.Decrement(ref inFlight);
            },
        });

        AgentRun run = runner.Start("go");
        var published = new List<RunEvent>();
        await foreach (RunEvent e in run.Events)
        {
            published.Add(e);
        }

        RunResult result = await run.Completion;

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        overlapped.ShouldBe(0);
        seen.ShouldBe(published); // same events, same order
        seen[^1].ShouldBeOfType<RunEvent.RunFinished>();
    }

    [Fact]
    public async Task An_observer_that_fails_synchronously_fails_the_run()
    {
        (RunResult result, _) = await Runs.RunAsync(Model(), [TestTools.Echo(), TestTools.Echo("echo2")], o => o with
        {
            OnEvent = (e, _) => e is RunEvent.AssistantMessage ? throw new InvalidOperationException("observer bug") : ValueTask.CompletedTask,
        });

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("observer bug");
    }

    [Fact]
    public async Task An_observer_that_fails_later_fails_the_run_at_the_next_event_and_hears_no_more()
    {
        var delivered = new List<RunEvent>();
        (RunResult result, _) = await Runs.RunAsync(Model(), [TestTools.Echo(), TestTools.Echo("echo2")], o => o with
        {
            OnEvent = async (e, ct) =>
            {
                await Task.Yield();
                lock (delivered)
                {
                    delivered.Add(e);
                }

                if (e is RunEvent.RunStarted)
                {
                    throw new InvalidOperationException("late observer bug");
                }
            },
        });

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("late observer bug");
        delivered.OfType<RunEvent.RunFinished>().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_observer_that_fails_after_the_runs_last_event_still_fails_the_run()
    {
        (RunResult result, _) = await Runs.RunAsync(Model(), [TestTools.Echo(), TestTools.Echo("echo2")], o => o with
        {
            OnEvent = async (e, ct) =>
            {
                if (e is RunEvent.RunStarted)
                {
                    // Usually longer than the whole scripted run: the failure then comes after the run's last event,
                    // where no later event could carry it. Whatever the timing, the run must end failed.
                    await Task.Delay(100, CancellationToken.None);
                    throw new InvalidOperationException("slow observer bug");
                }
            },
        });

        result.Status.ShouldBeOfType<RunFinalStatus.Failed>().Message.ShouldContain("slow observer bug");
    }

    [Fact]
    public async Task The_observer_gets_the_runs_token()
    {
        using var cancellation = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        var runner = new TurnRunner(new ScriptedChatClient([Say.Answer("hi")]), new ToolRegistry(), new TurnRunnerOptions
        {
            OnEvent = (_, ct) =>
            {
                tokens.Add(ct);
                return ValueTask.CompletedTask;
            },
        });

        await runner.RunAsync("go", cancellation.Token);

        tokens.ShouldNotBeEmpty();
        tokens.ShouldAllBe(t => t == cancellation.Token);
    }
}
