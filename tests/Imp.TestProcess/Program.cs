using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Imp.TestProcess;

/// <summary>
/// Carries out its flags in order, then exits with code 0 unless <c>--exit</c> said otherwise:
/// <c>--stdout TEXT</c>, <c>--stderr TEXT</c> (a line), <c>--stdout-lines N</c>, <c>--stderr-lines N</c> (N numbered lines),
/// <c>--print-env NAME</c>, <c>--print-cwd</c>, <c>--read-stdin</c> (to its end), <c>--pid-file PATH</c> (writes its pid),
/// <c>--spawn-child PIDFILE</c> (starts a copy of itself that writes its pid there and sleeps for ten minutes),
/// <c>--sleep-ms N</c>, <c>--exit N</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string flag = args[i];
            string Value() => ++i < args.Length ? args[i] : throw new ArgumentException($"{flag} needs a value.");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            switch (flag)
            {
                case "--stdout":
                    Console.Out.WriteLine(Value());
                    break;
                case "--stderr":
                    Console.Error.WriteLine(Value());
                    break;
                case "--stdout-lines":
                    WriteLines(Console.Out, Number(), "out");
                    break;
                case "--stderr-lines":
                    WriteLines(Console.Error, Number(), "err");
                    break;
                case "--print-env":
                    string variable = Value();
                    Console.Out.WriteLine($"{variable}={Environment.GetEnvironmentVariable(variable) ?? "<unset>"}");
                    break;
                case "--print-cwd":
                    Console.Out.WriteLine(Directory.GetCurrentDirectory());
                    break;
                case "--read-stdin":
                    Console.Out.WriteLine($"stdin: {Console.In.ReadToEnd().Length} chars");
                    break;
                case "--pid-file":
                    WritePid(Value(), Environment.ProcessId);
                    break;
                case "--spawn-child":
                    SpawnChild(Value());
                    break;
                case "--sleep-ms":
                    Console.Out.Flush();
                    Thread.Sleep(Number());
                    break;
                case "--exit":
                    return Number();
                default:
                    throw new ArgumentException($"Unknown flag {flag}.");
            }
        }

        return 0;
    }

    private static void WriteLines(TextWriter writer, int count, string stream)
    {
        for (int i = 1; i <= count; i++)
        {
            writer.WriteLine($"{stream} line {i}");
        }
    }

    // Written to a temporary name and moved, so a reader never sees a half-written pid.
    private static void WritePid(string path, int pid)
    {
        File.WriteAllText(path + ".tmp", pid.ToString(CultureInfo.InvariantCulture));
        File.Move(path + ".tmp", path);
    }

    private static void SpawnChild(string pidFile)
    {
        string host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        // Run as `dotnet Imp.TestProcess.dll` or as the apphost; the child inherits stdout and stderr.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (string argument in new[] { "--pid-file", pidFile, "--sleep-ms", "600000" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process child = Process.Start(start)!;
    }
}
