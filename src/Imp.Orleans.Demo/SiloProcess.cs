using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Orleans.Demo;

/// <summary>A silo in a child process of its own (this program's <c>silo</c> mode), so that it can be killed for real.</summary>
public sealed class SiloProcess : IDisposable
{
    /// <summary>What a silo prints once it has joined the cluster.</summary>
    public const string ReadyLine = "silo ready";

    private readonly Process _process;

    private SiloProcess(Process process, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    /// <summary>The silo's silo-to-silo port.</summary>
    public int SiloPort { get; }

    /// <summary>The silo's gateway port.</summary>
    public int GatewayPort { get; }

    /// <summary>The process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts a silo of the cluster of <paramref name="settings"/> on free ports and waits until it has joined.</summary>
    /// <param name="settings">The cluster (Redis required: silos in separate processes share nothing else).</param>
    /// <param name="timeout">How long joining may take.</param>
    /// <param name="cancellationToken">Stops waiting (and kills the process).</param>
    /// <exception cref="InvalidOperationException">The silo exited or did not join in time; the message carries its output.</exception>
    public static async Task<SiloProcess> StartAsync(FleetSettings settings, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int siloPort = FreePort(), gatewayPort = FreePort();
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string app = typeof(SiloProcess).Assembly.Location;
        start.FileName = "dotnet";
        start.ArgumentList.Add(app);
        foreach (string argument in FleetCommandLine.SiloArguments(settings with { SiloPort = siloPort, GatewayPort = gatewayPort }))
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("The silo process did not start.");
        var silo = new SiloProcess(process, siloPort, gatewayPort);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
            }

            if (line.StartsWith(ReadyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Task exited = process.WaitForExitAsync(CancellationToken.None);
        Task first = await Task.WhenAny(ready.Task, exited, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        if (first != ready.Task)
        {
            silo.Kill();
            lock (output)
            {
                string why = first == exited ? "exited" : $"did not join within {timeout}";
                throw new InvalidOperationException($"The silo on port {siloPort.ToString(CultureInfo.InvariantCulture)} {why}: {string.Join(Environment.NewLine, output)}");
            }
        }

        return silo;
    }

    /// <summary>Kills the silo with SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
