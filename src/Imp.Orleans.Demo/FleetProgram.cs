using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Imp.Orleans.Demo;

/// <summary>The sample's modes.</summary>
public static class FleetProgram
{
    /// <summary>Runs the mode <paramref name="args"/> name; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        string mode = args.Length > 0 ? args[0] : "demo";
        try
        {
            return mode switch
            {
                "silo" => await SiloAsync(args, output).ConfigureAwait(false),
                "demo" => await FleetDemo.RunAsync(FleetCommandLine.Options(args, 1, "--redis", "--runs"), output).ConfigureAwait(false),
                "bench" => await FleetBenchmark.RunAsync(FleetCommandLine.Options(args, 1, "--runs", "--redis", "--delay-ms"), output).ConfigureAwait(false),
                _ => throw new ArgumentException($"Unknown mode '{mode}': silo, demo or bench.", nameof(args)),
            };
        }
        catch (ArgumentException exception)
        {
            await output.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task<int> SiloAsync(string[] args, TextWriter output)
    {
        var options = FleetCommandLine.Options(args, 1, "--redis", "--cluster", "--silo-port", "--gateway-port", "--folder", "--delay-ms");
        var settings = new FleetSettings
        {
            Redis = options.GetValueOrDefault("--redis"),
            ClusterId = options.GetValueOrDefault("--cluster") ?? "imp-fleet",
            SiloPort = FleetCommandLine.Number(options, "--silo-port", 11111),
            GatewayPort = FleetCommandLine.Number(options, "--gateway-port", 30000),
            Folder = options.GetValueOrDefault("--folder") ?? Path.Combine(Path.GetTempPath(), "imp-fleet"),
            ModelDelay = TimeSpan.FromMilliseconds(FleetCommandLine.Number(options, "--delay-ms", 300)),
        };
        Directory.CreateDirectory(settings.Folder);
        using IHost host = FleetCluster.Silo(settings);
        await host.StartAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{SiloProcess.ReadyLine} {settings.SiloPort}").ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        await host.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
