using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Imp.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Shouldly;

namespace Imp.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the Imp generators the way the compiler does, and checks on every run what makes them incremental:
/// a second run over an unchanged compilation must come entirely from cache, and no tracked model may hold a
/// symbol, node, location or compilation.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly string[] TrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    public static GeneratorRun Run(params string[] sources) => Run(TestCompilation.Create(sources));

    public static GeneratorRun Run(Compilation compilation)
    {
        GeneratorDriver driver = CreateDriver();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorDriverRunResult first = driver.GetRunResult();
        AssertModelsHoldNoRoslynObjects(first);

        GeneratorDriverRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult();
        AssertAllCached(second);

        ImmutableArray<(string HintName, string Text)> generated = first.Results
            .SelectMany(result => result.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
        // The stand-ins written while an IMP error stands are kept apart: tests of the real code never see them.
        return new GeneratorRun(
            compilation,
            output,
            diagnostics,
            generated.Where(s => !GeneratorRun.IsStandIn(s.HintName)).ToImmutableArray(),
            generated.Where(s => GeneratorRun.IsStandIn(s.HintName)).ToImmutableArray());
    }

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            Generators(),
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Every incremental generator in Imp.Generators, found by reflection so a new one is never left out.</summary>
    public static ISourceGenerator[] Generators() =>
        typeof(TrackingNames).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator())
            .ToArray();

    /// <summary>The reasons of every tracked step's outputs, by tracking name.</summary>
    public static Dictionary<string, IncrementalStepRunReason[]> StepReasons(GeneratorDriverRunResult run) =>
        run.Results
            .SelectMany(result => result.TrackedSteps)
            .Where(step => TrackingNames.Contains(step.Key))
            .ToDictionary(
                step => step.Key,
                step => step.Value.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray());

    private static void AssertAllCached(GeneratorDriverRunResult run)
    {
        foreach ((string name, IncrementalStepRunReason[] reasons) in StepReasons(run))
        {
            reasons.ShouldAllBe(
                reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged,
                $"step '{name}' did work on a second run over the same compilation: {string.Join(", ", reasons)}");
        }

        foreach (GeneratorRunResult result in run.Results)
        {
            foreach (var output in result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs))
            {
                output.Reason.ShouldBe(IncrementalStepRunReason.Cached, "an output was regenerated on a second run over the same compilation");
            }
        }
    }

    private static void AssertModelsHoldNoRoslynObjects(GeneratorDriverRunResult run)
    {
        foreach (var step in run.Results.SelectMany(result => result.TrackedSteps).Where(step => TrackingNames.Contains(step.Key)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                ModelGraph.FindForbidden(output.Value, step.Key).ShouldBeNull();
            }
        }
    }
}
