using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Package.Tests;

/// <summary>Runs the <c>dotnet</c> CLI as a child process, isolated from the MSBuild state of the test host.</summary>
internal static class DotnetCli
{
    /// <summary>How long one command may run before its process tree is killed.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    // Test hosts run inside MSBuild-launched processes and inherit variables that point nested builds at the
    // wrong MSBuild or SDK; a user's shell has none of them.
    private static readonly string[] InheritedVariablesToDrop = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "DOTNET_HOST_PATH"];

    private static readonly Dictionary<string, string> QuietVariables = new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and returns its
    /// exit code and output.
    /// </summary>
    /// <param name="workingDirectory">The folder the command runs in.</param>
    /// <param name="arguments">The arguments, one per element; nothing is quoted or split.</param>
    /// <param name="environment">Variables to set for the child on top of the scrubbed environment.</param>
    /// <param name="timeout">The time limit; <see cref="DefaultTimeout"/> when null.</param>
    /// <exception cref="TimeoutException">The command ran past the limit; its process tree was killed.</exception>
    public static async Task<CliResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        TimeSpan limit = timeout ?? DefaultTimeout;
        ProcessStartInfo startInfo = CreateStartInfo(workingDirectory, arguments, environment);
        string commandLine = $"dotnet {string.Join(' ', arguments)}";

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);

        var clock = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(limit);
        try
        {
            // Also waits until both output streams are read to their end.
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            throw new TimeoutException(
                $"`{commandLine}` in {workingDirectory} did not finish within {limit.TotalSeconds:0} s; its process tree was killed.\n" +
                $"--- stdout so far ---\n{Snapshot(stdout)}\n--- stderr so far ---\n{Snapshot(stderr)}\n--- end ---");
        }

        return new CliResult(commandLine, process.ExitCode, Snapshot(stdout), Snapshot(stderr), clock.Elapsed);
    }

    private static ProcessStartInfo CreateStartInfo(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment)
    {
        var startInfo = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        IDictionary<string, string?> variables = startInfo.Environment;
        foreach (string key in variables.Keys.Where(IsInheritedBuildVariable).ToArray())
        {
            variables.Remove(key);
        }

        foreach ((string key, string value) in QuietVariables.Concat(environment ?? new Dictionary<string, string>()))
        {
            variables[key] = value;
        }

        return startInfo;
    }

    private static bool IsInheritedBuildVariable(string key) =>
        key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || InheritedVariablesToDrop.Contains(key, StringComparer.OrdinalIgnoreCase);

    // The host that runs the tests is the dotnet to use; DOTNET_HOST_PATH names it when a test host sets it.
    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the timeout and the kill.
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
