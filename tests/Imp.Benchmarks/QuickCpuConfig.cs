using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Imp.Benchmarks;

/// <summary>
/// <see cref="QuickConfig"/>'s short job twice: by wall clock ("Quick") and by the benchmark thread's CPU time
/// ("QuickCpu", <see cref="ThreadCpuClock"/>), which other sessions' load barely moves. Ratios are per job.
/// </summary>
public sealed class QuickCpuConfig : ManualConfig
{
    /// <summary>Adds the two jobs.</summary>
    public QuickCpuConfig()
    {
        Job quick = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8);
        AddJob(quick.WithId("Quick"));
        AddJob(quick.WithClock(new ThreadCpuClock()).WithId("QuickCpu"));
    }
}
