using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Imp.Demo;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Demo;

/// <summary>The demo, run in process: its output with a fixed seed is a snapshot, its options do what --help says.</summary>
public sealed class DemoTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imp-demo-tests", Guid.NewGuid().ToString("N"));

    public DemoTests() => Directory.CreateDirectory(_folder);

    private string TracePath => Path.Combine(_folder, "trace.jsonl");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_run_with_seed_42_matches_the_approved_timeline()
    {
        (int exit, string output, string errors) = await RunAsync("--seed", "42", "--trace", TracePath);

        exit.ShouldBe(0);
        errors.ShouldBeEmpty();
        output.Replace(TracePath, "<trace>", StringComparison.Ordinal)
            .ShouldMatchApproved(c => c.SubFolder("Snapshots").WithFileExtension("txt").NoDiff());
    }

    [Fact]
    public async Task The_trace_holds_the_same_run_and_reads_back()
    {
        (_, string output, _) = await RunAsync("--trace", TracePath);

        var events = new List<RunEvent>();
        await foreach (RunEvent runEvent in RunTrace.ReadAsync(TracePath))
        {
            events.Add(runEvent);
        }

        output.ShouldContain($"trace: {TracePath} ({events.Count} events)");
        events.OfType<RunEvent.ModelRetry>().Count().ShouldBe(2);
        events.OfType<RunEvent.ToolFinished>().Count().ShouldBe(5);
        RunEvent.RunFinished finished = events[^1].ShouldBeOfType<RunEvent.RunFinished>();
        finished.Status.ShouldBeOfType<RunFinalStatus.DoneWithConcerns>().Concerns.ShouldBe(["required verification failed: no_todos (1 TODO left in tests/add.rs)"]);
        finished.Turns.ShouldBe(3u);
    }

    [Fact]
    public async Task With_spans_it_prints_the_runs_span_tree()
    {
        (int exit, string output, _) = await RunAsync("--spans", "--trace", TracePath);

        exit.ShouldBe(0);
        string spans = output[output.IndexOf("spans (ActivitySource", StringComparison.Ordinal)..];
        spans.ShouldContain("invoke_agent demo [gen_ai.operation.name=invoke_agent, imp.run.status=done_with_concerns, imp.run.turns=3]");
        spans.ShouldContain("  · imp.retry imp.retry.attempt=0, imp.retry.delay_ms=334");
        spans.ShouldContain("  · imp.gate imp.gate.id=no_todos, imp.gate.status=failed, imp.gate.requirement=required");
        spans.ShouldContain("  execute_tool read_file [gen_ai.operation.name=execute_tool, gen_ai.tool.name=read_file, imp.tool.risk=read_only, imp.tool.outcome=succeeded]");
        spans.Split('\n').Count(l => l.StartsWith("  chat", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Fact]
    public async Task A_second_run_replaces_the_trace_instead_of_appending()
    {
        await RunAsync("--no-faults", "--trace", TracePath);
        int first = File.ReadAllLines(TracePath).Length;
        await RunAsync("--no-faults", "--trace", TracePath);

        File.ReadAllLines(TracePath).Length.ShouldBe(first);
    }

    [Fact]
    public async Task Without_faults_nothing_is_retried_and_the_outcome_is_the_same()
    {
        (int exit, string output, _) = await RunAsync("--no-faults", "--trace", TracePath);

        exit.ShouldBe(0);
        output.ShouldContain("faults off");
        output.ShouldNotContain("retry");
        output.ShouldContain("""{"type":"done_with_concerns","reason":"work_completed","concerns":["required verification failed: no_todos (1 TODO left in tests/add.rs)"]}""");
    }

    [Fact]
    public async Task Another_seed_changes_only_the_retry_jitter()
    {
        (_, string seed42, _) = await RunAsync("--seed", "42", "--trace", TracePath);
        (_, string seed7, _) = await RunAsync("--seed", "7", "--trace", TracePath);

        string[] lines42 = Lines(seed42);
        string[] lines7 = Lines(seed7);
        lines7.Length.ShouldBe(lines42.Length);
        int[] differing = [.. Enumerable.Range(0, lines42.Length).Where(i => lines42[i] != lines7[i])];
        differing.Select(i => lines42[i]).ShouldAllBe(line => line.Contains("seed") || line.Contains("! retry"));
        differing.Length.ShouldBe(3);
    }

    [Fact]
    public async Task Mermaid_prints_the_turn_machine()
    {
        (int exit, string output, _) = await RunAsync("--mermaid");

        exit.ShouldBe(0);
        output.ShouldBe(TurnPhaseTransitions.Mermaid + Environment.NewLine);
    }

    [Fact]
    public async Task Help_lists_every_option()
    {
        (int exit, string output, _) = await RunAsync("--help");

        exit.ShouldBe(0);
        foreach (string option in new[] { "--seed N", "--no-faults", "--trace PATH", "--mermaid", "--help" })
        {
            output.ShouldContain(option);
        }
    }

    [Theory]
    [InlineData(new[] { "--seed" }, "--seed needs a whole number, but got nothing.")]
    [InlineData(new[] { "--seed", "abc" }, "--seed needs a whole number, but got 'abc'.")]
    [InlineData(new[] { "--trace" }, "--trace needs a file path.")]
    [InlineData(new[] { "--trace", "--no-faults" }, "--trace needs a file path.")]
    [InlineData(new[] { "--fast" }, "Unknown option '--fast'.")]
    public async Task Bad_arguments_exit_2_with_a_message_and_the_usage(string[] args, string message)
    {
        (int exit, string output, string errors) = await RunAsync(args);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        Lines(errors)[0].ShouldBe(message);
        errors.ShouldContain("Usage: dotnet run --project src/Imp.Demo");
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        int exit = await DemoApp.RunAsync(args, output, errors).WaitAsync(TimeSpan.FromSeconds(60));
        return (exit, output.ToString(), errors.ToString());
    }
}
