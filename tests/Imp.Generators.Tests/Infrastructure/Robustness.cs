using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Shouldly;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>The promise made for broken code: no generator or analyzer crash, and no compiler error of ours.</summary>
internal static class Robustness
{
    public static async Task<GeneratorRun> AssertNoCrashAndNoNewErrorsAsync(string source)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> analyzerDiagnostics) = await AnalyzerHarness.AnalyzeAsync(source);

        // CS8784/CS8785: a generator threw. AD0001: an analyzer threw.
        run.GeneratorDiagnostics.ShouldBeEmpty();
        analyzerDiagnostics.ShouldNotContain(d => d.Id == "AD0001");
        run.NewCompilerDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return run;
    }
}
