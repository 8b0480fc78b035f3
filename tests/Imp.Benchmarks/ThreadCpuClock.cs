using System;
using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Imp.Benchmarks;

/// <summary>
/// The CPU time of the measuring thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds: time the thread waits for a
/// core while other sessions run is not counted, so ratios on a busy shared machine move far less than by wall clock. Only
/// for benchmarks whose work runs on the calling thread (synchronous code, or async code that completes synchronously).
/// BenchmarkDotNet creates it in the benchmark process through its public parameterless constructor.
/// </summary>
public sealed partial class ThreadCpuClock : IClock
{
    private const int ThreadCpuTimeId = 3;

    /// <inheritdoc />
    public string Title => "Thread CPU time";

    /// <inheritdoc />
    public bool IsAvailable => OperatingSystem.IsLinux();

    /// <inheritdoc />
    public Frequency Frequency => Frequency.GHz;

    /// <inheritdoc />
    public long GetTimestamp()
    {
        if (ClockGetTime(ThreadCpuTimeId, out TimeSpec now) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (now.Seconds * 1_000_000_000) + now.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
