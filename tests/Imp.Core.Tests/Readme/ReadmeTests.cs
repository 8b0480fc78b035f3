using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shop;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Readme;

/// <summary>
/// The README shows only code that compiles: each of its C# blocks is a verbatim copy of a marked region of this
/// folder, and the samples do what their comments say.
/// </summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Every_csharp_block_of_the_readme_is_a_compiled_region()
    {
        Dictionary<string, string> regions = Regions();
        List<string> blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));

        blocks.ShouldNotBeEmpty();
        foreach (string block in blocks)
        {
            regions.Values.ShouldContain(block, $"This README block is not a copy of any region in tests/Imp.Core.Tests/Readme:\n{block}");
        }
    }

    [Fact]
    public void Every_region_is_shown_in_the_readme()
    {
        List<string> blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        foreach ((string name, string region) in Regions())
        {
            blocks.ShouldContain(region, $"Region '{name}' is not in the README: remove it or show it.");
        }
    }

    [Fact]
    public void The_wire_enum_sample_does_what_its_comments_say()
    {
        (string name, bool known, string json) = ReadmeSamples.WireEnum();
        name.ShouldBe("awaiting_payment");
        known.ShouldBeFalse();
        json.ShouldBe("\"cancelled_by_user\"");
    }

    [Fact]
    public void The_phase_machine_sample_does_what_its_comments_say()
    {
        (bool opened, bool skipped, string mermaid, _, _, _) = ReadmeSamples.PhaseMachine(budgetLeft: 1m);
        opened.ShouldBeTrue();
        skipped.ShouldBeFalse();
        mermaid.ShouldStartWith("stateDiagram-v2");
        mermaid.ShouldContain("Opening --> Open");
    }

    [Fact]
    public void The_wire_union_sample_does_what_its_comments_say()
    {
        (string json, double area) = ReadmeSamples.WireUnion();
        json.ShouldBe("""{"type":"rect","width":2,"height":3}""");
        area.ShouldBe(6);
    }

    [Fact]
    public void The_closeout_sample_does_what_its_comments_say()
    {
        RunFinalStatus final = ReadmeSamples.VerificationCloseout();
        var concerns = final.ShouldBeOfType<RunFinalStatus.DoneWithConcerns>();
        concerns.Reason.ShouldBe(StopReason.WorkCompleted);
        concerns.Concerns.ShouldBe(["required verification failed: unit (tests failed)"]);
    }

    [Fact]
    public void The_stateless_part_of_the_phase_machine_sample_does_what_its_comments_say()
    {
        var withBudget = ReadmeSamples.PhaseMachine(budgetLeft: 120m);
        withBudget.SampleNow.ShouldBeFalse();
        withBudget.Phase.ShouldBe(Expense.Submitted);
        withBudget.Approvable.ShouldBeTrue();

        ReadmeSamples.PhaseMachine(budgetLeft: 0m).Approvable.ShouldBeFalse();
    }

    [Fact]
    public async Task The_durable_sample_resumes_a_finished_run_without_sampling_again()
    {
        var model = new ScriptedChatClient([Say.Answer("Fixed.")]);
        string folder = Path.Combine(Path.GetTempPath(), "imp-readme-" + Guid.NewGuid().ToString("N"));
        try
        {
            (RunResult run, RunResult resumed) = await ReadmeSamples.Durable(model, folder, CancellationToken.None);

            run.RunId.ShouldBe("fix-42");
            run.Status.ShouldBeOfType<RunFinalStatus.Done>();
            resumed.Status.ShouldBe(run.Status);
            resumed.Turns.ShouldBe(run.Turns);
            model.Requests.Count.ShouldBe(1);   // the resumed run repeated nothing
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_hosting_sample_runs_an_mcp_style_tool_through_di_and_the_agent_with_spans()
    {
        var model = new ScriptedChatClient(
        [
            Say.Calls(("c1", "count_words", """{"text":"to be or not"}""")),
            Say.Answer("Four words."),
        ]);

        (Microsoft.Agents.AI.AgentResponse answer, List<System.Diagnostics.Activity> spans) = await ReadmeSamples.Hosting(model);

        answer.Text.ShouldContain("Four words.");
        model.Requests[1].SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single().Result.ShouldBe("4");
        System.Diagnostics.Activity tool = spans.Single(s => s.OperationName == "execute_tool count_words");
        spans.ShouldContain(s => s.OperationName.StartsWith("invoke_agent", StringComparison.Ordinal) && s.TraceId == tool.TraceId);
    }

    /// <summary>Every <c>// &lt;readme name="x"&gt;</c> … <c>// &lt;/readme&gt;</c> region of this folder, dedented.</summary>
    private static Dictionary<string, string> Regions([CallerFilePath] string thisFile = "")
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(thisFile)!, "*.cs"))
        {
            foreach (Match match in RegionPattern().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                regions.Add(match.Groups["name"].Value, Dedent(match.Groups["body"].Value));
            }
        }

        return regions;
    }

    private static List<string> CSharpBlocks(string markdown) =>
        CSharpBlockPattern().Matches(markdown.ReplaceLineEndings("\n")).Select(m => Dedent(m.Groups["body"].Value)).ToList();

    private static string Dedent(string text)
    {
        string[] lines = text.TrimEnd('\n', ' ').Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ')));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    [GeneratedRegex("""^[ \t]*// <readme name="(?<name>[^"]+)">\n(?<body>.*?)^[ \t]*// </readme>""", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^```csharp\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlockPattern();
}
