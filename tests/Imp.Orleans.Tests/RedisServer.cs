using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Imp.Orleans.Demo;

namespace Imp.Orleans.Tests;

/// <summary>The Redis the silo-process tests use: started by <c>scripts/start-redis.sh</c> (installed from Debian's package when missing) unless it already answers.</summary>
internal static class RedisServer
{
    public static string Connection => Environment.GetEnvironmentVariable("IMP_REDIS") ?? "localhost:6379";

    public static async Task EnsureUpAsync()
    {
        if (await RedisProbe.IsUpAsync(Connection))
        {
            return;
        }

        string script = FindScript();
        using Process process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        string output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || !await RedisProbe.IsUpAsync(Connection))
        {
            throw new InvalidOperationException($"Redis at {Connection} is not up and {script} could not start it (exit {process.ExitCode}): {output}");
        }
    }

    private static string FindScript()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string script = Path.Combine(folder.FullName, "scripts", "start-redis.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException($"scripts/start-redis.sh not found above {AppContext.BaseDirectory}.");
    }
}
