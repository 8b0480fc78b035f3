using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;

namespace Imp.Orleans.Demo;

/// <summary>
/// Two silos on this machine, one Redis: start runs, kill a silo with SIGKILL while they run, watch every run finish on
/// the survivor with its side effect done once.
/// </summary>
public static class FleetDemo
{
    /// <summary>Runs the demo; returns 0 when every run finished as an uninterrupted run does.</summary>
    public static async Task<int> RunAsync(Dictionary<string, string> options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        string redis = options.GetValueOrDefault("--redis") ?? "localhost:6379";
        int count = FleetCommandLine.Number(options, "--runs", 8);
        if (!await RedisProbe.IsUpAsync(redis).ConfigureAwait(false))
        {
            await output.WriteLineAsync($"No Redis at {redis}: start one with `bash scripts/start-redis.sh` (or pass --redis host:port).").ConfigureAwait(false);
            return 3;
        }

        string folder = Path.Combine(Path.GetTempPath(), "imp-fleet-demo", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var settings = new FleetSettings { Redis = redis, ClusterId = "imp-demo-" + Path.GetFileName(folder), Folder = folder };
        await output.WriteLineAsync($"Two silos on this machine, cluster {settings.ClusterId}, Redis at {redis}").ConfigureAwait(false);
        using SiloProcess a = await SiloProcess.StartAsync(settings, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        using SiloProcess b = await SiloProcess.StartAsync(settings, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        await output.WriteLineAsync($"  silo A: pid {a.ProcessId}, port {a.SiloPort}; silo B: pid {b.ProcessId}, port {b.SiloPort}").ConfigureAwait(false);

        using IHost clientHost = FleetCluster.Client(settings);
        await clientHost.StartAsync().ConfigureAwait(false);
        var client = new AgentRunClient(clientHost.Services.GetRequiredService<IClusterClient>());
        string[] runs = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            client.StartAsync("Fix the overflow and log it.", $"run_demo_{Path.GetFileName(folder)}_{i.ToString(CultureInfo.InvariantCulture)}"))).ConfigureAwait(false);
        AgentRunStatus[] placed = await Task.WhenAll(runs.Select(r => client.GetStatusAsync(r))).ConfigureAwait(false);
        string portA = ":" + a.SiloPort.ToString(CultureInfo.InvariantCulture);
        int onA = placed.Count(s => s.Silo?.Contains(portA, StringComparison.Ordinal) == true);
        await output.WriteLineAsync($"Started {count} runs: {onA} on silo A, {count - onA} on silo B").ConfigureAwait(false);

        await Task.Delay(TimeSpan.FromMilliseconds(700)).ConfigureAwait(false);
        a.Kill();
        await output.WriteLineAsync("Killed silo A with SIGKILL mid-run; waiting for every run...").ConfigureAwait(false);

        RunOutcome[] outcomes = await Task.WhenAll(runs.Select(r => client.WaitAsync(r))).ConfigureAwait(false);
        AgentRunStatus[] finals = await Task.WhenAll(runs.Select(r => client.GetStatusAsync(r))).ConfigureAwait(false);
        bool allGood = true;
        for (int i = 0; i < runs.Length; i++)
        {
            int effects = File.Exists(FleetTools.SideEffectLog(folder, runs[i])) ? File.ReadAllLines(FleetTools.SideEffectLog(folder, runs[i])).Length : 0;
            bool good = outcomes[i].Status is RunFinalStatus.Done && effects == 1;
            allGood &= good || (outcomes[i].Status is RunFinalStatus.Blocked && effects <= 1);
            await output.WriteLineAsync($"  {runs[i]}: {outcomes[i].StatusJson}, {outcomes[i].Turns} turns, side effects {effects}, activations {finals[i].Activations}, finished on {(finals[i].Silo?.Contains(portA, StringComparison.Ordinal) == true ? "A" : "B")}").ConfigureAwait(false);
        }

        int resumed = finals.Count(s => s.Activations > 1);
        await output.WriteLineAsync($"{count} runs finished, {resumed} of them resumed on silo B after silo A died; every mutable side effect at most once: {allGood}").ConfigureAwait(false);
        await clientHost.StopAsync().ConfigureAwait(false);
        return allGood ? 0 : 1;
    }
}
