using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Shouldly;

namespace Imp.Core.Tests.Closeout;

/// <summary>
/// Runs tests/Imp.TestProcess (copied next to the tests) through the dotnet host, and watches the processes it starts.
/// </summary>
internal static class TestProcess
{
    /// <summary>Long enough for any process here to start and finish on a loaded machine.</summary>
    public static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    /// <summary>The dotnet host: the one the SDK says runs the tests, else the one running them, else from PATH.</summary>
    public static string Dotnet { get; } = FindDotnet();

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "Imp.TestProcess.dll");

    /// <summary>A check that runs the helper with <paramref name="flags"/>.</summary>
    public static CommandCheck Check(
        string workingDirectory,
        IEnumerable<string> flags,
        TimeSpan? timeout = null,
        TimeProvider? timeProvider = null,
        IEnumerable<KeyValuePair<string, string?>>? environment = null) =>
        new("helper", Dotnet, [Dll, .. flags], workingDirectory, timeout ?? Generous, environment: environment, timeProvider: timeProvider);

    /// <summary>Waits for a pid file the helper writes (<c>--pid-file</c>, <c>--spawn-child</c>).</summary>
    public static async Task<int> ReadPidAsync(string path)
    {
        (await WaitUntilAsync(() => File.Exists(path))).ShouldBeTrue($"no pid file {path}");
        return int.Parse(await File.ReadAllTextAsync(path), CultureInfo.InvariantCulture);
    }

    /// <summary>Whether process <paramref name="pid"/> has ended (a zombie waiting to be reaped counts as ended).</summary>
    public static bool IsGone(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                string stat = File.ReadAllText($"/proc/{pid}/stat");
                char state = stat[stat.LastIndexOf(')') + 2];
                return state is 'Z' or 'X';
            }
            catch (IOException)
            {
                return true;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <see cref="Generous"/> has passed.</summary>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Generous)
            {
                return false;
            }

            await Task.Delay(25);
        }

        return true;
    }

    /// <summary>Cleanup for a test that failed before its processes were killed.</summary>
    public static void KillQuietly(string pidFile)
    {
        try
        {
            using var process = Process.GetProcessById(int.Parse(File.ReadAllText(pidFile), CultureInfo.InvariantCulture));
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is IOException or ArgumentException or FormatException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
        }
    }

    private static string FindDotnet()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
