using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>
/// Properties of the retrying stream over random fault schedules: failures of random kinds at random positions,
/// thrown or in-band, preamble, random policies, sources of every pace (synchronous, asynchronous, switching between
/// the two, throwing synchronously from a read-once ValueTask source), consumers that stop early.
/// A fixed replay seed keeps every run the same; 400 schedules per property.
/// </summary>
public sealed class StreamRetryPropertyTests
{
    private static readonly Config Schedules = Config.QuickThrowOnFailure.WithMaxTest(400).WithReplay(0x1DEA5EED, 0x9E3779B97F4A7C15);

    /// <summary>What happened when a schedule ran.</summary>
    private sealed record Run(FaultSchedule Schedule, ScriptedSource<Ev> Source, Collected<Ev> Seen, List<RetryAttempt> Retries, ManualTimeProvider Time)
    {
        public int LastAttempt => Source.Calls - 1;
    }

    private static void ForAllSchedules(Action<Run> property) =>
        Check.One(Schedules, Prop.ForAll(FaultSchedule.Generator.ToArbitrary(), (FaultSchedule schedule) => property(Execute(schedule))));

    private static Run Execute(FaultSchedule schedule) => Task.Run(async () =>
    {
        var time = new ManualTimeProvider();
        var source = new ScriptedSource<Ev>(schedule.StepsOf, schedule.Pace);
        var retries = new List<RetryAttempt>();
        var options = Ev.Options(time, () => schedule.Jitter, schedule.Policy);
        options.RetryInBandErrors = schedule.RetryInBand;
        options.OnRetry = (retry, _) =>
        {
            retries.Add(retry);
            return ValueTask.CompletedTask;
        };
        var seen = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), time, schedule.Take);
        return new Run(schedule, source, seen, retries, time);
    }).GetAwaiter().GetResult();

    private static int AttemptOf(Ev item)
    {
        var name = item switch
        {
            Ev.Start start => start.Model,
            Ev.Text text => text.Value,
            Ev.Failure failure => failure.Error.Message,
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        };
        return int.Parse(name.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_output_is_exactly_what_the_rules_say_in_order_and_without_duplicates() => ForAllSchedules(run =>
    {
        var expected = ScheduleOracle.Run(run.Schedule);

        run.Seen.Events.ShouldBe(expected.Events, run.Schedule.ToString());
        run.Seen.Error.ShouldBeSameAs(expected.Error, run.Schedule.ToString());
        run.Seen.Events.Distinct().Count().ShouldBe(run.Seen.Events.Count);
    });

    [Fact]
    public void Every_event_comes_from_the_last_attempt() => ForAllSchedules(run =>
    {
        run.Seen.Events.ShouldAllBe(e => AttemptOf(e) == run.LastAttempt, run.Schedule.ToString());
    });

    [Fact]
    public void Attempts_never_exceed_max_retries_plus_one() => ForAllSchedules(run =>
    {
        run.Source.Calls.ShouldBeLessThanOrEqualTo(run.Schedule.MaxRetries + 1, run.Schedule.ToString());
        run.Source.Calls.ShouldBe(ScheduleOracle.Run(run.Schedule).Opens, run.Schedule.ToString());
        run.Retries.Select(r => r.Attempt).ShouldBe(Enumerable.Range(0, Math.Max(0, run.Source.Calls - 1)));
    });

    [Fact]
    public void Only_retryable_failures_before_any_meaningful_event_are_retried() => ForAllSchedules(run =>
    {
        // Every attempt but the last was abandoned: it read preamble only, then failed retryably.
        for (var attempt = 0; attempt < run.LastAttempt; attempt++)
        {
            var read = run.Schedule.Attempts[attempt].Take(run.Source.Opened[attempt].Position).ToArray();
            read.ShouldNotBeEmpty(run.Schedule.ToString());
            read[..^1].ShouldAllBe(step => step.Kind == StepKind.Preamble, run.Schedule.ToString());

            var failure = read[^1];
            (failure.Kind == StepKind.Throw || (failure.Kind == StepKind.InBand && run.Schedule.RetryInBand)).ShouldBeTrue(run.Schedule.ToString());
            ScheduleOracle.IsRetryable(run.Schedule, failure.Fault).ShouldBeTrue(run.Schedule.ToString());
            run.Retries[attempt].Error.Message.ShouldBe($"{attempt}.{read.Length - 1}");
        }
    });

    [Fact]
    public void Every_upstream_opened_is_disposed_exactly_once_and_never_used_after() => ForAllSchedules(run =>
    {
        run.Source.Opened.Count.ShouldBe(run.Source.Calls);
        run.Source.Opened.ShouldAllBe(e => e.DisposeCount == 1 && !e.UsedAfterDispose, run.Schedule.ToString());
    });

    [Fact]
    public void Delays_follow_the_backoff_and_no_timer_is_left_behind() => ForAllSchedules(run =>
    {
        var expected = ScheduleOracle.Run(run.Schedule);

        run.Retries.Select(r => r.Delay).ShouldBe(expected.Delays, run.Schedule.ToString());
        run.Time.Elapsed.ShouldBe(TimeSpan.FromTicks(expected.Delays.Sum(d => d.Ticks)));
        run.Time.ActiveTimers.ShouldBe(0);
    });

    [Fact]
    public void Backoff_stays_within_its_bounds_for_any_attempt_and_policy()
    {
        var cases =
            from attempt in Gen.Choose(0, int.MaxValue)
            from baseMs in Gen.Choose(0, 86_400_000)
            from extraMs in Gen.Choose(0, 86_400_000 - baseMs)
            from sample in Gen.Choose(0, 999_999).Select(n => n / 1_000_000.0)
            select (attempt, baseMs, maxMs: baseMs + extraMs, sample);

        Check.One(Schedules, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(c.baseMs), MaxDelay = TimeSpan.FromMilliseconds(c.maxMs) };
            var capped = Math.Min((long)c.baseMs << Math.Min(c.attempt, 10), c.maxMs);

            var delay = Backoff.Delay(c.attempt, policy, null, () => c.sample)!.Value;
            var next = Backoff.Delay(c.attempt == int.MaxValue ? c.attempt : c.attempt + 1, policy, null, () => c.sample)!.Value;

            delay.ShouldBeInRange(TimeSpan.FromMilliseconds(capped), TimeSpan.FromMilliseconds(capped + (capped / 2)));
            next.ShouldBeGreaterThanOrEqualTo(delay);
        }));
    }
}
