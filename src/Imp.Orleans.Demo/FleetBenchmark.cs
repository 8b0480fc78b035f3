using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;

namespace Imp.Orleans.Demo;

/// <summary>
/// The fleet benchmark: the same N concurrent runs on a bare <see cref="TurnRunner"/>, on run grains on one silo and
/// on two (in this process, in-memory storage; with <c>--redis</c> also one silo on Redis), side by side. Reports
/// runs per second and memory per run; the ratios are what to read, the absolute figures are this machine's.
/// </summary>
public static class FleetBenchmark
{
    private const string Prompt = "Fix the overflow and log it.";

    /// <summary>Runs the benchmark and prints a table.</summary>
    public static async Task<int> RunAsync(Dictionary<string, string> options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        int runs = FleetCommandLine.Number(options, "--runs", 500);
        int holdMs = FleetCommandLine.Number(options, "--delay-ms", 3000);
        string? redis = options.GetValueOrDefault("--redis");
        string folder = Path.Combine(Path.GetTempPath(), "imp-fleet-bench", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        await output.WriteLineAsync($"{runs} concurrent scripted runs (3 turns, 3 tool calls each); memory in flight with the model holding each answer {holdMs} ms").ConfigureAwait(false);

        var rows = new List<(string Name, Figures Figures)>
        {
            ("bare TurnRunner", await BareAsync(folder, runs, holdMs).ConfigureAwait(false)),
        };
        var memory = new FleetSettings { Folder = folder, ModelDelay = TimeSpan.Zero };
        rows.Add(("grains, 1 silo (memory)", await GrainsAsync(memory, 1, runs, holdMs).ConfigureAwait(false)));
        rows.Add(("grains, 2 silos (memory)", await GrainsAsync(memory, 2, runs, holdMs).ConfigureAwait(false)));
        if (redis is not null)
        {
            rows.Add(("grains, 1 silo (Redis)", await GrainsAsync(memory with { Redis = redis, ClusterId = "imp-bench-" + Path.GetFileName(folder) }, 1, runs, holdMs).ConfigureAwait(false)));
        }

        Figures bare = rows[0].Figures;
        await output.WriteLineAsync($"{"",-26} {"runs/s",9} {"ratio",7} {"alloc/run",11} {"ratio",7} {"in flight/run",14} {"ratio",7}").ConfigureAwait(false);
        foreach ((string name, Figures f) in rows)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} {f.RunsPerSecond,9:F0} {f.RunsPerSecond / bare.RunsPerSecond,7:F2} {f.AllocatedPerRun / 1024,9:F0}KB {f.AllocatedPerRun / bare.AllocatedPerRun,7:F1} {f.InFlightPerRun / 1024,12:F0}KB {f.InFlightPerRun / bare.InFlightPerRun,7:F1}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("One run on a shared machine: absolute figures are noise; read the ratios, roughly.").ConfigureAwait(false);
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<Figures> BareAsync(string folder, int runs, int holdMs)
    {
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 256), io); // as the silos have it (FleetCluster.Silo)
        var fast = new FleetRunnerFactory(folder, TimeSpan.Zero);
        var slow = new FleetRunnerFactory(folder, TimeSpan.FromMilliseconds(holdMs));
        string[] ids = Ids("bare", runs);
        await Task.WhenAll(Ids("bare-warm", 20).Select(id => fast.Create(id, null, new TurnRunnerOptions()).RunAsync(Prompt, id))).ConfigureAwait(false);

        (double seconds, long allocated) = await TimedAsync(() => Task.WhenAll(ids.Select(id => fast.Create(id, null, new TurnRunnerOptions()).RunAsync(Prompt, id)))).ConfigureAwait(false);
        long before = Settled();
        AgentRun[] held = [.. Ids("bare-held", runs).Select(id => slow.Create(id, null, new TurnRunnerOptions()).Start(Prompt, id))];
        await Task.Delay(holdMs / 3).ConfigureAwait(false);
        long inFlight = Settled() - before;
        await Task.WhenAll(held.Select(r => r.Completion)).ConfigureAwait(false);
        return new Figures(runs / seconds, (double)allocated / runs, (double)inFlight / runs);
    }

    private static async Task<Figures> GrainsAsync(FleetSettings settings, int siloCount, int runs, int holdMs)
    {
        var silos = new List<IHost>();
        int basePort = 21000 + (siloCount * 100) + (settings.Redis is null ? 0 : 1000);
        for (int i = 0; i < siloCount; i++)
        {
            FleetSettings silo = settings with { SiloPort = basePort + i, GatewayPort = basePort + 50 + i };
            IHost host = settings.Redis is null && siloCount > 1
                ? FleetCluster.Silo(silo, primarySiloPort: basePort)
                : FleetCluster.Silo(silo);
            await host.StartAsync().ConfigureAwait(false);
            silos.Add(host);
        }

        using IHost clientHost = FleetCluster.Client(settings with { GatewayPort = basePort + 50 });
        await clientHost.StartAsync().ConfigureAwait(false);
        var client = new AgentRunClient(clientHost.Services.GetRequiredService<IClusterClient>());
        string tag = $"g{siloCount}{(settings.Redis is null ? "m" : "r")}";
        await RunAllAsync(client, Ids(tag + "-warm", 20), null).ConfigureAwait(false);

        (double seconds, long allocated) = await TimedAsync(() => RunAllAsync(client, Ids(tag, runs), null)).ConfigureAwait(false);
        long before = Settled();
        string[] held = Ids(tag + "-held", runs);
        await Task.WhenAll(held.Select(id => client.StartAsync(Prompt, id, "delay-ms=" + holdMs.ToString(CultureInfo.InvariantCulture)))).ConfigureAwait(false);
        long inFlight = Settled() - before;
        await Task.WhenAll(held.Select(id => client.WaitAsync(id))).ConfigureAwait(false);

        await clientHost.StopAsync().ConfigureAwait(false);
        foreach (IHost host in silos)
        {
            await host.StopAsync().ConfigureAwait(false);
            host.Dispose();
        }

        return new Figures(runs / seconds, (double)allocated / runs, (double)inFlight / runs);
    }

    private static async Task RunAllAsync(AgentRunClient client, string[] ids, string? profile)
    {
        await Task.WhenAll(ids.Select(id => client.StartAsync(Prompt, id, profile))).ConfigureAwait(false);
        await Task.WhenAll(ids.Select(id => client.WaitAsync(id))).ConfigureAwait(false);
    }

    private static async Task<(double Seconds, long Allocated)> TimedAsync(Func<Task> work)
    {
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await work().ConfigureAwait(false);
        return (clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string[] Ids(string tag, int count) => [.. Enumerable.Range(0, count).Select(i => $"run_{tag}_{Guid.NewGuid():N}_{i.ToString(CultureInfo.InvariantCulture)}")];

    private sealed record Figures(double RunsPerSecond, double AllocatedPerRun, double InFlightPerRun);
}
