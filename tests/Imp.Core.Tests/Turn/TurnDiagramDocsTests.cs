using System;
using System.IO;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Turn;

/// <summary>The turn diagram in docs/phase-machines.md is the generated one: a change to the table must show there.</summary>
public sealed class TurnDiagramDocsTests
{
    [Fact]
    public void The_docs_mermaid_block_is_the_generated_TurnPhase_diagram()
    {
        string readme = File.ReadAllText(Path.Combine(FindRoot(), "docs", "phase-machines.md")).ReplaceLineEndings("\n");
        const string fence = "```mermaid\n";
        int start = readme.IndexOf(fence, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "docs/phase-machines.md has no ```mermaid block.");
        int end = readme.IndexOf("\n```", start + fence.Length, StringComparison.Ordinal);

        string block = readme[(start + fence.Length)..end];

        block.ShouldBe(TurnPhaseTransitions.Mermaid, "Paste TurnPhaseTransitions.Mermaid into the mermaid block of docs/phase-machines.md.");
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
