using System.Collections.Immutable;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Imp.Generators.PhaseMachines;
using Imp.Generators.WireEnums;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imp.Benchmarks.Generators;

/// <summary>
/// The three analyzers on the scale benchmark's project: the compiler's own diagnostics are the baseline, and the
/// difference is what the analyzers add to a build. Generated files are not analyzed, so the project is analyzed
/// without them, which keeps the binding of the generated code out of both figures.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class AnalyzerScaleBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        [new WireEnumAnalyzer(), new PhaseMachineAnalyzer(), new WireUnionAnalyzer()];

    private Compilation _original = null!;

    // The analyzers keep nothing between compilations, so one parse serves every iteration; each clones it, so no
    // iteration finds the symbols an earlier one bound.
    [GlobalSetup]
    public void Setup() => _original = new ScaleCompilation(enums: 1_000, machines: 50, unions: 200).Original();

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compiler_only() => _original.Clone().GetDiagnostics();

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> Compiler_and_analyzers() =>
        _original.Clone()
            .WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync();
}
