namespace Imp.Benchmarks.Retry;

/// <summary>A stand-in for imp's StreamEvent: a preamble, then text deltas.</summary>
public abstract record BenchEvent
{
    public sealed record Start(string Model) : BenchEvent;

    public sealed record Delta(string Text) : BenchEvent;
}
