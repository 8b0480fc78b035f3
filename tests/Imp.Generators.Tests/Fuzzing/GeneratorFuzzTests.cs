using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Generators.Tests.Infrastructure;
using Imp.Generators.Tests.PhaseMachines;
using Imp.Generators.Tests.WireEnums;
using Imp.Generators.Tests.WireUnions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Shouldly;
using Xunit;

namespace Imp.Generators.Tests.Fuzzing;

/// <summary>
/// Thousands of broken variants of every source the generator tests use, with a fixed seed: no generator or
/// analyzer may throw, and wherever a variant still compiles, the generated code must compile with it.
/// </summary>
public sealed class GeneratorFuzzTests
{
    private const int Variants = 2_000;

    [Fact]
    public void Broken_variants_never_crash_the_generators_or_the_analyzers()
    {
        string[] seeds = Seeds().ToArray();
        var mutator = new SourceMutator(seed: 20261122);
        // The enormous sources take longest, so they go first, to run beside the others rather than after them.
        string[] variants = SourceMutator.EnormousSources()
            .Concat(Enumerable.Range(0, Variants).Select(i => mutator.Mutate(seeds[i % seeds.Length])))
            .ToArray();

        var failures = new ConcurrentBag<string>();
        int compiled = 0;
        Parallel.ForEach(variants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, variant =>
        {
            string? failure = Check(variant, out bool inputCompiled);
            if (inputCompiled)
            {
                Interlocked.Increment(ref compiled);
            }

            if (failure is not null)
            {
                failures.Add(failure + "\n--- source ---\n" + variant);
            }
        });

        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(3)));

        // Some variants must still compile, or the "output compiles" half of the check tested nothing.
        compiled.ShouldBeGreaterThan(Variants / 20);
    }

    private static string? Check(string source, out bool inputCompiled)
    {
        SyntaxTree tree = TestCompilation.Parse(source, "Source0.cs");
        CSharpCompilation input = TestCompilation.FromTrees(tree);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(Generators, parseOptions: TestCompilation.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        Diagnostic? crash = generatorDiagnostics.FirstOrDefault(d => d.Id is "CS8784" or "CS8785");
        if (crash is not null)
        {
            inputCompiled = false;
            return crash.ToString();
        }

        // Most variants no longer parse; the parse errors settle that without binding anything.
        inputCompiled = !HasError(tree.GetDiagnostics()) && !HasError(input.GetDiagnostics());

        // The analyzers act on user code only (generated files are not analyzed), so they run on the variant's own
        // file: the generated method bodies are bound once, below, and only where the input compiles.
        var thrown = new ConcurrentBag<Diagnostic>();
        ImmutableArray<Diagnostic> analyzerDiagnostics = output
            .WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (_, _, diagnostic) => thrown.Add(diagnostic),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false))
            .GetAnalyzerSemanticDiagnosticsAsync(output.GetSemanticModel(tree), filterSpan: null, CancellationToken.None)
            .GetAwaiter().GetResult();
        if ((thrown.FirstOrDefault() ?? analyzerDiagnostics.FirstOrDefault(d => d.Id == "AD0001")) is { } analyzerCrash)
        {
            return analyzerCrash.ToString();
        }

        Diagnostic? broken = inputCompiled ? output.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) : null;
        return broken is null ? null : "the input compiles but the generated code does not: " + broken;
    }

    private static bool HasError(IEnumerable<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    // The generators remember models only per syntax node, and every variant is parsed afresh, so one instance of
    // each serves every driver.
    private static readonly ISourceGenerator[] Generators = GeneratorHarness.Generators();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        typeof(Imp.Generators.Model.TrackingNames).Assembly.GetTypes()
            .Where(type => type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    /// <summary>Every source the generator tests use, and three of the SDK's own attributed files.</summary>
    internal static IEnumerable<string> Seeds()
    {
        yield return EdgeCaseSources.EveryEdgeCase;
        yield return EdgeCaseSources.GlobalNamespace;
        yield return PhaseMachineSources.EveryEdgeCase;
        yield return PhaseMachineSources.WithTriggers;
        yield return WireUnionSources.EveryEdgeCase;
        foreach (string path in new[] { "src/Imp.Core/Turn/TurnPhase.cs", "src/Imp.Core/Turn/RunFinalStatus.cs", "src/Imp.Core/Streaming/StreamEvent.cs" })
        {
            // Renamed into a namespace of their own, so they do not clash with the referenced Imp.Core.
            yield return RepoPaths.ReadSource(path).Replace("namespace Imp;", "namespace Fuzzed;\nusing Imp;", StringComparison.Ordinal);
        }
    }
}
