using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Imp.Benchmarks.Retry;

/// <summary>
/// The cost of stream retry when nothing fails: enumerating the raw stream, the same stream through
/// <see cref="StreamRetry"/> (created per stream, as per request in real use), and through a
/// channel fed by a background task (imp-core's design). The upstream is an async iterator that completes
/// synchronously over prebuilt events, the worst case for relative overhead.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class StreamRetryBenchmarks
{
    private static readonly RetryOptions Options = new() { Policy = RetryPolicy.Default };

    private static readonly StreamRetryRules<BenchEvent> Rules = new(IsPreamble: static e => e is BenchEvent.Start);

    private BenchEvent[] _events = [];
    private Func<CancellationToken, IAsyncEnumerable<BenchEvent>> _open = null!;

    [Params(10, 100, 1000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _events = new BenchEvent[Events];
        _events[0] = new BenchEvent.Start("model");
        for (var i = 1; i < Events; i++)
        {
            _events[i] = new BenchEvent.Delta("token");
        }

        _open = _ => UpstreamAsync(_events);
    }

    [Benchmark(Baseline = true, Description = "Raw stream")]
    public Task<int> Raw() => CountAsync(_open(CancellationToken.None));

    [Benchmark(Description = "StreamRetry")]
    public Task<int> Retrying() => CountAsync(StreamRetry.Create(_open, Rules, Options));

    [Benchmark(Description = "Channel + background task")]
    public Task<int> Channel() => CountAsync(ChannelForwarder.Forward(_open));

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
    /// Short runs so the whole set finishes in a few minutes; ratios, not absolute times, are what count here. Two jobs:
    /// wall clock, and the benchmark thread's CPU time (<see cref="ThreadCpuClock"/>), which other sessions' load barely
    /// moves. The upstream never waits, so the raw stream and StreamRetry run wholly on that thread; the channel's
    /// background task does not, so its CPU-time row undercounts it and only its wall-clock row means anything.
    /// </summary>
    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig()
        {
            Job job = Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(20);
            AddJob(job.WithId("Wall"));
            AddJob(job.WithClock(new ThreadCpuClock()).WithId("ThreadCpu"));
        }
    }
}
