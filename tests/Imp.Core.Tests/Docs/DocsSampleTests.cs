using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Shouldly;
using Warehouse;
using Xunit;

namespace Imp.Core.Tests.Docs;

/// <summary>
/// The docs pages show compiled code: each <c>// &lt;doc page="p" name="x"&gt;</c> region of this folder is, verbatim,
/// a C# block of <c>docs/p.md</c>, and the samples do what their comments say.
/// </summary>
public sealed partial class DocsSampleTests
{
    [Fact]
    public void Every_region_is_a_csharp_block_of_its_page()
    {
        var regions = Regions().ToList();
        regions.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach ((string page, string name, string body) in regions)
        {
            List<string> blocks = CSharpBlockPattern().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", page + ".md")).ReplaceLineEndings("\n"))
                .Select(m => Dedent(m.Groups["body"].Value))
                .ToList();
            blocks.ShouldContain(body, $"Region '{name}' is not a C# block of docs/{page}.md.");
        }
    }

    [Fact]
    public void The_TurnPhase_sample_does_what_its_comments_say()
    {
        (TurnPhase state, bool sampleNow, List<string> log) = PhaseMachineDocsSamples.TurnPhaseStateless();
        sampleNow.ShouldBeFalse();
        state.ShouldBe(TurnPhase.Finish);
        log.ShouldBe(["run over"]);
    }

    [Fact]
    public void The_trigger_and_guard_sample_does_what_its_comments_say()
    {
        (bool canPay, Parcel state, Parcel generated, bool leadsTo, Parcel next) = PhaseMachineDocsSamples.TriggersAndGuard();
        canPay.ShouldBeFalse();
        state.ShouldBe(Parcel.Paid);
        generated.ShouldBe(Parcel.Cancelled);
        leadsTo.ShouldBeTrue();
        next.ShouldBe(Parcel.Shipped);
    }

    private static IEnumerable<(string Page, string Name, string Body)> Regions([CallerFilePath] string thisFile = "")
    {
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(thisFile)!, "*.cs"))
        {
            foreach (Match match in RegionPattern().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                yield return (match.Groups["page"].Value, match.Groups["name"].Value, Dedent(match.Groups["body"].Value));
            }
        }
    }

    private static string Dedent(string text)
    {
        string[] lines = text.TrimEnd('\n', ' ').Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ')));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    [GeneratedRegex("""^[ \t]*// <doc page="(?<page>[^"]+)" name="(?<name>[^"]+)">\n(?<body>.*?)^[ \t]*// </doc>""", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^```csharp\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlockPattern();
}
