using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Shouldly;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>Runs every Imp analyzer over user code after the generators, as a build does.</summary>
internal static class AnalyzerHarness
{
    /// <summary>The generator run, and the analyzers' diagnostics (AD0001 included, should an analyzer throw), in source order.</summary>
    public static Task<(GeneratorRun Run, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(params string[] sources) =>
        AnalyzeAsync(TestCompilation.Create(sources));

    /// <summary>As above, over a compilation of the test's own making, with additional files for the analyzers if any.</summary>
    public static async Task<(GeneratorRun Run, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(Compilation compilation, params AdditionalText[] additionalFiles)
    {
        GeneratorRun run = GeneratorHarness.Run(compilation);
        ImmutableArray<Diagnostic> diagnostics = await run.Output
            .WithAnalyzers(Analyzers(), new AnalyzerOptions(additionalFiles.ToImmutableArray()))
            .GetAnalyzerDiagnosticsAsync();
        return (run, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray());
    }

    /// <summary>The generator run and the one analyzer diagnostic the source must produce.</summary>
    public static async Task<(GeneratorRun Run, Diagnostic Diagnostic)> SingleAsync(string source)
    {
        (GeneratorRun run, ImmutableArray<Diagnostic> diagnostics) = await AnalyzeAsync(source);
        return (run, diagnostics.ShouldHaveSingleItem());
    }

    /// <summary>The one analyzer diagnostic the source must produce.</summary>
    public static async Task<Diagnostic> SingleDiagnosticAsync(string source) => (await SingleAsync(source)).Diagnostic;

    /// <summary>The source text a diagnostic points at.</summary>
    public static string LocatedText(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        typeof(Imp.Generators.Model.TrackingNames).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
