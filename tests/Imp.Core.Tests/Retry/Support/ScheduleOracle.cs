using System;
using System.Collections.Generic;
using System.Linq;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>What a consumer should see for a schedule, worked out step by step from the rules, independently of the implementation.</summary>
public sealed record Expected(int Opens, List<Ev> Events, Exception? Error, List<TimeSpan> Delays);

public static class ScheduleOracle
{
    public static Expected Run(FaultSchedule schedule)
    {
        if (schedule.Take == 0)
        {
            return new(0, [], null, []);
        }

        var delays = new List<TimeSpan>();
        for (var attempt = 0; ; attempt++)
        {
            var steps = schedule.StepsOf(attempt);
            var specs = schedule.Attempts[attempt];
            var preamble = new List<Ev>();
            var retry = false;
            for (var i = 0; i < steps.Count && !retry; i++)
            {
                var (spec, step) = (specs[i], steps[i]);
                switch (spec.Kind)
                {
                    case StepKind.Preamble:
                        preamble.Add(step.Event!);
                        break;
                    case StepKind.Throw when CanRetry(schedule, spec.Fault, attempt):
                    case StepKind.InBand when schedule.RetryInBand && CanRetry(schedule, spec.Fault, attempt):
                        delays.Add(Delay(schedule, spec.Fault, attempt));
                        retry = true;
                        break;
                    case StepKind.Throw:
                        return Consumed(schedule, attempt + 1, [], step.Error, delays);
                    default:
                        // The first meaningful event: from here everything passes through until a throw.
                        var events = new List<Ev>(preamble);
                        var rest = steps.Skip(i).ToList();
                        var failing = rest.FindIndex(s => s.Error is not null);
                        events.AddRange(rest.Take(failing < 0 ? rest.Count : failing).Select(s => s.Event!));
                        return Consumed(schedule, attempt + 1, events, failing < 0 ? null : rest[failing].Error, delays);
                }
            }

            if (!retry)
            {
                return Consumed(schedule, attempt + 1, preamble, null, delays);
            }
        }
    }

    /// <summary>The kind of failure each fault is, as the rules define it.</summary>
    public static RetryCondition? ConditionOf(Fault fault) => fault switch
    {
        Fault.Stream => RetryCondition.ConnectionError,
        Fault.Timeout => RetryCondition.Timeout,
        Fault.Overloaded => RetryCondition.ServerError,
        Fault.RateLimitWithin or Fault.RateLimitTooLong => RetryCondition.RateLimit,
        _ => null,
    };

    public static bool IsRetryable(FaultSchedule schedule, Fault fault) =>
        fault != Fault.RateLimitTooLong && ConditionOf(fault) is { } condition && schedule.RetryOn.Contains(condition);

    private static bool CanRetry(FaultSchedule schedule, Fault fault, int attempt) =>
        attempt < schedule.MaxRetries && IsRetryable(schedule, fault);

    private static TimeSpan Delay(FaultSchedule schedule, Fault fault, int attempt)
    {
        if (fault == Fault.RateLimitWithin)
        {
            return TimeSpan.FromMilliseconds(schedule.MaxDelayMs);
        }

        var capped = Math.Min(schedule.BaseDelayMs * (1L << attempt), schedule.MaxDelayMs);
        return TimeSpan.FromMilliseconds(capped + (long)Math.Floor(schedule.Jitter * ((capped / 2) + 1)));
    }

    // The consumer reads at most Take events; it sees the final error only if it asks for more than there are.
    private static Expected Consumed(FaultSchedule schedule, int opens, List<Ev> events, Exception? error, List<TimeSpan> delays) =>
        events.Count >= schedule.Take
            ? new(opens, events.Take(schedule.Take).ToList(), null, delays)
            : new(opens, events, error, delays);
}
