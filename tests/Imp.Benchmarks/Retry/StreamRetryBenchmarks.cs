using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Imp.Benchmarks.Retry;

/// <summary>
/// The cost of stream retry when nothing fails: enumerating the raw streams, the same streams through
/// <see cref="StreamRetry"/> (created per stream, as per request in real use), and through a channel fed by a
/// background task (imp-core's design). Each operation reads <see cref="Streams"/> streams of varied shapes — none to
/// three preamble events, then deltas with a few other events among them — and times are per stream. The upstreams are
/// async iterators that complete synchronously over prebuilt events, the worst case for relative overhead.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class StreamRetryBenchmarks
{
    /// <summary>Streams read per operation.</summary>
    public const int Streams = 32;

    private static readonly RetryOptions Options = new() { Policy = RetryPolicy.Default };

    private static readonly StreamRetryRules<BenchEvent> Rules = new(IsPreamble: static e => e is BenchEvent.Start);

    private Func<CancellationToken, IAsyncEnumerable<BenchEvent>>[] _opens = [];

    [Params(10, 100, 1000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _opens = new Func<CancellationToken, IAsyncEnumerable<BenchEvent>>[Streams];
        for (var s = 0; s < Streams; s++)
        {
            var events = Shape(s, Events);
            _opens[s] = _ => UpstreamAsync(events);
        }
    }

    [Benchmark(Baseline = true, Description = "Raw stream", OperationsPerInvoke = Streams)]
    public async Task<int> Raw()
    {
        var count = 0;
        foreach (var open in _opens)
        {
            count += await CountAsync(open(CancellationToken.None)).ConfigureAwait(false);
        }

        return count;
    }

    [Benchmark(Description = "StreamRetry", OperationsPerInvoke = Streams)]
    public async Task<int> Retrying()
    {
        var count = 0;
        foreach (var open in _opens)
        {
            count += await CountAsync(StreamRetry.Create(open, Rules, Options)).ConfigureAwait(false);
        }

        return count;
    }

    [Benchmark(Description = "Channel + background task", OperationsPerInvoke = Streams)]
    public async Task<int> Channel()
    {
        var count = 0;
        foreach (var open in _opens)
        {
            count += await CountAsync(ChannelForwarder.Forward(open)).ConfigureAwait(false);
        }

        return count;
    }

    /// <summary>Stream <paramref name="index"/>'s events: 0–3 preamble events, then deltas with every seventh a marker.</summary>
    private static BenchEvent[] Shape(int index, int length)
    {
        var preamble = Math.Min(index % 4, length - 1);
        var events = new BenchEvent[length];
        for (var i = 0; i < length; i++)
        {
            events[i] = i < preamble ? new BenchEvent.Start("model")
                : (i + index) % 7 == 0 ? new BenchEvent.Marker(i)
                : new BenchEvent.Delta("token");
        }

        return events;
    }

    private static async Task<int> CountAsync(IAsyncEnumerable<BenchEvent> stream)
    {
        var count = 0;
        await foreach (var item in stream.ConfigureAwait(false))
        {
            if (item is BenchEvent.Delta)
            {
                count++;
            }
        }

        return count;
    }

#pragma warning disable CS1998 // An upstream that never waits: the worst case for the wrapper's relative cost.
    private static async IAsyncEnumerable<BenchEvent> UpstreamAsync(BenchEvent[] events)
#pragma warning restore CS1998
    {
        foreach (var item in events)
        {
            yield return item;
        }
    }

    /// <summary>
    /// Two jobs: wall clock, and the benchmark thread's CPU time (<see cref="ThreadCpuClock"/>), which other sessions'
    /// load barely moves. The upstream never waits, so the raw stream and StreamRetry run wholly on that thread; the
    /// channel's background task does not, so its CPU-time row undercounts it and only its wall-clock row means
    /// anything. Ten processes per case, each short: on this machine one process runs the same code up to 1.9× slower
    /// than another (both sides alike: it is where the code and data land, not what they do), far more than the
    /// difference measured here, so only a mean over many processes compares the two.
    /// </summary>
    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig()
        {
            Job job = Job.Default.WithLaunchCount(10).WithWarmupCount(3).WithIterationCount(10)
                .WithIterationTime(TimeInterval.FromMilliseconds(250));
            AddJob(job.WithId("Wall"));
            AddJob(job.WithClock(new ThreadCpuClock()).WithId("ThreadCpu"));
        }
    }
}
