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
          --spans         print the run's OpenTelemetry spans (invoke_agent, chat, execute_tool) after it
          --mermaid       print the turn machine as a Mermaid diagram and exit
          --help          print this help and exit
        """;

    public int Seed { get; init; } = 42;

    public bool Faults { get; init; } = true;

    public string TracePath { get; init; } = "imp-demo-trace.jsonl";

    public bool Mermaid { get; init; }

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
}
