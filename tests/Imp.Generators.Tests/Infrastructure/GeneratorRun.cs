using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>What one generator test run produced.</summary>
/// <param name="Input">The compilation the generator ran on.</param>
/// <param name="Output">The input plus the generated sources.</param>
/// <param name="GeneratorDiagnostics">Diagnostics the driver reported (CS8785 when a generator throws).</param>
/// <param name="GeneratedSources">The generated files by hint name, stand-ins left out.</param>
/// <param name="StandIns">The stand-in files the fallback generator wrote for declarations with an IMP error.</param>
internal sealed record GeneratorRun(
    Compilation Input,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<(string HintName, string Text)> GeneratedSources,
    ImmutableArray<(string HintName, string Text)> StandIns)
{
    /// <summary>Whether a generated file is a stand-in (<c>*.Fallback.g.cs</c>).</summary>
    public static bool IsStandIn(string hintName) => hintName.EndsWith(".Fallback.g.cs", System.StringComparison.Ordinal);

    /// <summary>The text of the generated file whose hint name ends with <paramref name="suffix"/>.</summary>
    public string Source(string suffix) => GeneratedSources.Single(s => s.HintName.EndsWith(suffix, System.StringComparison.Ordinal)).Text;

    /// <summary>Compiler errors and warnings of the output, except those the input already had.</summary>
    public ImmutableArray<Diagnostic> NewCompilerDiagnostics()
    {
        var before = Input.GetDiagnostics().Select(d => d.ToString()).ToHashSet();
        return Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !before.Contains(d.ToString()))
            .ToImmutableArray();
    }
}
