using System;
using System.IO;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Turn;

/// <summary>The README's turn diagram is the generated one: a change to the table must show in the README.</summary>
public sealed class ReadmeDiagramTests
{
    [Fact]
    public void The_README_mermaid_block_is_the_generated_TurnPhase_diagram()
    {
        string readme = File.ReadAllText(Path.Combine(FindRoot(), "README.md")).ReplaceLineEndings("\n");
        const string fence = "```mermaid\n";
        int start = readme.IndexOf(fence, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "README.md has no ```mermaid block.");
        int end = readme.IndexOf("\n```", start + fence.Length, StringComparison.Ordinal);

        string block = readme[(start + fence.Length)..end];

        block.ShouldBe(TurnPhaseTransitions.Mermaid, "Paste TurnPhaseTransitions.Mermaid into the README's mermaid block.");
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Imp.Generated.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Imp.Generated.sln above the test output folder.");
    }
}
