using System;
using System.Collections.Generic;
using System.Globalization;

namespace Imp.Demo;

/// <summary>The demo's options, parsed from its arguments.</summary>
internal sealed record DemoCommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/Imp.Demo -- [options]

        A scripted agent run through the Imp.Generated turn runner: no network, no keys.

        Options:
          --seed N        seed of the retry jitter (default 42); the same seed prints the same run
          --no-faults     no transient model failures, so nothing is retried
          --trace PATH    where to write the JSON Lines trace (default imp-demo-trace.jsonl)
          --crash-demo [KIND[:N]]
                          a durable run killed (SIGKILL) in a child process at the N-th checkpoint of KIND
                          (default tool_execution_end:3), then resumed: nothing is done twice

          --spans         print the run's OpenTelemetry spans (invoke_agent, chat, execute_tool) after it
          --mermaid       print the turn machine as a Mermaid diagram and exit
          --help          print this help and exit
        """;

    public int Seed { get; init; } = 42;

    public bool Faults { get; init; } = true;

    public string TracePath { get; init; } = "imp-demo-trace.jsonl";

    public bool Mermaid { get; init; }

    /// <summary>The checkpoint <c>--crash-demo</c> kills the child at, and which occurrence of it.</summary>
    public (RecoveryCheckpointKind Kind, int Occurrence)? CrashAt { get; init; }

    /// <summary><c>--durable-child FOLDER RUNID KIND N</c>: the crash demo's child (and the kill tests').</summary>
    public (string Folder, string RunId, RecoveryCheckpointKind Kind, int Occurrence)? DurableChild { get; init; }

    public bool Spans { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses <paramref name="args"/>; an error names the argument and what was expected.</summary>
    public static DemoCommandLine Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new DemoCommandLine();
        error = null;
        for (int i = 0; i < args.Count && error is null; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    options = options with { Help = true };
                    break;
                case "--spans":
                    options = options with { Spans = true };
                    break;
                case "--mermaid":
                    options = options with { Mermaid = true };
                    break;
                case "--crash-demo":
                    string spec = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "tool_execution_end:3";
                    if (ParseCrash(spec) is { } crash)
                    {
                        options = options with { CrashAt = crash };
                    }
                    else
                    {
                        error = $"--crash-demo takes KIND or KIND:N, a checkpoint kind ({string.Join(", ", RecoveryCheckpointKindExtensions.GetNames())}) and an occurrence from 1; got '{spec}'.";
                    }

                    break;
                case "--durable-child" when i + 4 < args.Count && ParseCrash(args[i + 3] + ":" + args[i + 4]) is { } at:
                    options = options with { DurableChild = (args[i + 1], args[i + 2], at.Kind, at.Occurrence) };
                    i += 4;
                    break;
                case "--no-faults":
                    options = options with { Faults = false };
                    break;
                case "--seed":
                    if (i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed))
                    {
                        options = options with { Seed = seed };
                        i++;
                    }
                    else
                    {
                        error = $"--seed needs a whole number, but got {(i + 1 < args.Count ? $"'{args[i + 1]}'" : "nothing")}.";
                    }

                    break;
                case "--trace":
                    if (i + 1 < args.Count && args[i + 1].Length > 0 && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        options = options with { TracePath = args[i + 1] };
                        i++;
                    }
                    else
                    {
                        error = "--trace needs a file path.";
                    }

                    break;
                default:
                    error = $"Unknown option '{args[i]}'.";
                    break;
            }
        }

        return options;
    }

    private static (RecoveryCheckpointKind Kind, int Occurrence)? ParseCrash(string spec)
    {
        string[] parts = spec.Split(':');
        int occurrence = 1;
        return parts.Length <= 2
            && RecoveryCheckpointKindExtensions.TryParse(parts[0], out RecoveryCheckpointKind kind)
            && (parts.Length == 1 || (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out occurrence) && occurrence >= 1))
                ? (kind, occurrence)
                : null;
    }
}
