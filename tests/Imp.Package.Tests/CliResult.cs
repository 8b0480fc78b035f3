using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Imp.Package.Tests;

/// <summary>What a finished <c>dotnet</c> command did.</summary>
/// <param name="CommandLine">The command as it was run, for messages.</param>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="StandardOutput">Everything it wrote to stdout.</param>
/// <param name="StandardError">Everything it wrote to stderr.</param>
/// <param name="Elapsed">How long it ran.</param>
internal sealed record CliResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>Stdout split into lines, without trailing white space.</summary>
    public IReadOnlyList<string> OutputLines =>
        StandardOutput.Split('\n').Select(line => line.TrimEnd()).ToArray();

    /// <summary>The command, its exit code and both of its outputs: the message for a failed assertion.</summary>
    public string Describe() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s.\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}\n--- end ---");
}
