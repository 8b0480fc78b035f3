using System;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>A stand-in for imp's StreamEvent: a preamble, meaningful text, and an in-band error.</summary>
public abstract record Ev
{
    /// <summary>Rules that read these events the way <see cref="StreamRetryRules.StreamEvents"/> reads StreamEvent.</summary>
    public static StreamRetryRules<Ev> Rules { get; } = new(static e => e is Start, static e => (e as Failure)?.Error);

    /// <summary>Retry options on a manual clock, with no jitter unless one is given.</summary>
    public static RetryOptions Options(TimeProvider time, Func<double>? random = null, RetryPolicy? policy = null) => new()
    {
        Policy = policy ?? RetryPolicy.Default,
        TimeProvider = time,
        RandomSource = random ?? (static () => 0.0),
    };

    /// <summary>Like MessageStart: held back until something meaningful arrives.</summary>
    public sealed record Start(string Model) : Ev;

    /// <summary>Like TextDelta: the first one ends the chance to retry.</summary>
    public sealed record Text(string Value) : Ev;

    /// <summary>Like an Error event: a failure reported inside a successful response.</summary>
    public sealed record Failure(Exception Error) : Ev;
}
