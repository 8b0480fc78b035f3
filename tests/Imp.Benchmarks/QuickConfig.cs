using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Imp.Benchmarks;

/// <summary>
/// One short job for every benchmark here, so that the whole suite runs in a few minutes on a 2-core machine:
/// one process, 3 warm-up and 8 measured iterations. Absolute times on shared machines are noise; compare ratios.
/// </summary>
public sealed class QuickConfig : ManualConfig
{
    /// <summary>Adds the short job.</summary>
    public QuickConfig() =>
        AddJob(Job.Default
            .WithId("Quick")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8));
}
