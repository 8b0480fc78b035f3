using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// The runner benchmark's job: twelve processes per case, each warmed up for 40 iterations of 250 ms before 10 are
/// measured. On a 2-core machine whose second core the thread pool's spinning workers share with the JIT's background
/// thread, a run with tools reaches its optimized code only after 5–8 seconds: with 5 warm-up iterations the first
/// measured ones ran up to 3× slower than the last, and 15 were not always enough. And one process runs the same code
/// up to 1.5× slower than another, so only a mean over many processes compares the runner with its baselines (with six,
/// one run read 1.37× where three runs of twelve read 0.99–1.07×).
/// </summary>
public sealed class RunnerConfig : ManualConfig
{
    /// <summary>Adds the job.</summary>
    public RunnerConfig() =>
        AddJob(Job.Default
            .WithId("Runner")
            .WithLaunchCount(12)
            .WithWarmupCount(40)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250)));
}
