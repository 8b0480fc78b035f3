using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>A failure a scripted attempt can suffer, thrown or reported in-band.</summary>
public enum Fault
{
    Stream,
    Timeout,
    Overloaded,
    RateLimitWithin,
    RateLimitTooLong,
    Auth,
    BadRequest,
    Json,
    UpstreamCancelled,
}

public enum StepKind
{
    Preamble,
    Event,
    Throw,
    InBand,
}

public readonly record struct StepSpec(StepKind Kind, Fault Fault)
{
    public override string ToString() => Kind is StepKind.Throw or StepKind.InBand ? $"{Kind}({Fault})" : Kind.ToString();
}

/// <summary>
/// A random fault schedule: a policy, options, one script per possible attempt, and how many events the
/// consumer reads before it stops. Events are named "attempt.position", so where each came from is visible.
/// </summary>
public sealed record FaultSchedule(
    int MaxRetries,
    RetryCondition[] RetryOn,
    bool RetryInBand,
    SourcePace Pace,
    int BaseDelayMs,
    int MaxDelayMs,
    double Jitter,
    StepSpec[][] Attempts,
    int Take)
{
    public static Gen<FaultSchedule> Generator { get; } = CreateGenerator();

    public RetryPolicy Policy => new()
    {
        MaxRetries = MaxRetries,
        RetryOn = RetryOn,
        BaseDelay = TimeSpan.FromMilliseconds(BaseDelayMs),
        MaxDelay = TimeSpan.FromMilliseconds(MaxDelayMs),
    };

    private readonly Dictionary<int, ScriptStep<Ev>[]> _scripts = [];

    /// <summary>
    /// The script of attempt <paramref name="attempt"/>. Each failure is its own instance, built once, so the
    /// stream under test and the oracle speak of the same exceptions.
    /// </summary>
    public IReadOnlyList<ScriptStep<Ev>> StepsOf(int attempt)
    {
        if (!_scripts.TryGetValue(attempt, out var steps))
        {
            steps = Attempts[attempt].Select((step, position) => ToStep(step, $"{attempt}.{position}")).ToArray();
            _scripts.Add(attempt, steps);
        }

        return steps;
    }

    public override string ToString() =>
        $"MaxRetries={MaxRetries} RetryOn=[{string.Join(",", RetryOn)}] RetryInBand={RetryInBand} Pace={Pace} " +
        $"Base={BaseDelayMs}ms Max={MaxDelayMs}ms Jitter={Jitter} Take={Take} Attempts=" +
        string.Join(" | ", Attempts.Select(a => "[" + string.Join(", ", a) + "]"));

    private ScriptStep<Ev> ToStep(StepSpec step, string name) => step.Kind switch
    {
        StepKind.Preamble => Script.Yield<Ev>(new Ev.Start(name)),
        StepKind.Event => Script.Yield<Ev>(new Ev.Text(name)),
        StepKind.Throw => Script.Throw<Ev>(Exception(step.Fault, name)),
        _ => Script.Yield<Ev>(new Ev.Failure(Exception(step.Fault, name))),
    };

    private Exception Exception(Fault fault, string name) => fault switch
    {
        Fault.Stream => new StreamException(name),
        Fault.Timeout => new TimeoutException(name),
        Fault.Overloaded => new ProviderException(name, (HttpStatusCode)529),
        Fault.RateLimitWithin => new RateLimitedException(TimeSpan.FromMilliseconds(MaxDelayMs), name),
        Fault.RateLimitTooLong => new RateLimitedException(TimeSpan.FromMilliseconds(MaxDelayMs + 1), name),
        Fault.Auth => new AuthException(name),
        Fault.BadRequest => new ProviderException(name, HttpStatusCode.BadRequest),
        Fault.Json => new JsonException(name),
        _ => new OperationCanceledException(name),
    };

    private static Gen<FaultSchedule> CreateGenerator()
    {
        // Transient faults are the more common, so that most schedules retry at least once.
        var faults = Gen.Frequency(
            (4, Gen.Elements(Fault.Stream, Fault.Timeout, Fault.Overloaded, Fault.RateLimitWithin)),
            (1, Gen.Elements(Fault.RateLimitTooLong, Fault.Auth, Fault.BadRequest, Fault.Json, Fault.UpstreamCancelled)));
        var steps = Gen.Frequency(
            (3, Gen.Constant(new StepSpec(StepKind.Preamble, default))),
            (2, Gen.Constant(new StepSpec(StepKind.Event, default))),
            (3, faults.Select(f => new StepSpec(StepKind.Throw, f))),
            (2, faults.Select(f => new StepSpec(StepKind.InBand, f))));
        var attempt = Gen.Choose(0, 6).SelectMany(length => Gen.ArrayOf(steps, length));
        var all = Enum.GetValues<RetryCondition>();

        // Most schedules retry on every condition, so that retries are common.
        var retryOn = Gen.Frequency(
            (3, Gen.Constant(all)),
            (1, Gen.Choose(0, 15).Select(mask => all.Where(c => (mask & (1 << (int)c)) != 0).ToArray())));

        return
            from maxRetries in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 4)))
            from conditions in retryOn
            from retryInBand in Gen.Elements(true, false)
            from pace in Gen.Frequency((3, Gen.Constant(SourcePace.Synchronous)), (1, Gen.Constant(SourcePace.Asynchronous)), (1, Gen.Constant(SourcePace.Alternating)), (1, Gen.Constant(SourcePace.Strict)))
            from baseMs in Gen.Choose(0, 50)
            from extraMs in Gen.Choose(0, 100)
            from jitter in Gen.Elements(0.0, 0.3, 0.999)
            from attempts in Gen.ArrayOf(attempt, maxRetries + 1)
            from take in Gen.Frequency((3, Gen.Constant(int.MaxValue)), (1, Gen.Choose(0, 6)))
            select new FaultSchedule(maxRetries, conditions, retryInBand, pace, baseMs, baseMs + extraMs, jitter, attempts, take);
    }
}
