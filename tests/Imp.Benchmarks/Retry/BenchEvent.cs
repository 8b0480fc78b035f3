namespace Imp.Benchmarks.Retry;

/// <summary>A stand-in for imp's StreamEvent: a preamble, then text deltas and the odd other event.</summary>
public abstract record BenchEvent
{
    public sealed record Start(string Model) : BenchEvent;

    public sealed record Delta(string Text) : BenchEvent;

    public sealed record Marker(int Position) : BenchEvent;
}
