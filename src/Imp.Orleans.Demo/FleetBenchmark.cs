using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Imp.Orleans.Demo;

/// <summary>The fleet benchmark (filled in below).</summary>
public static class FleetBenchmark
{
    /// <summary>Runs it.</summary>
    public static Task<int> RunAsync(Dictionary<string, string> options, TextWriter output) => Task.FromResult(0);
}
