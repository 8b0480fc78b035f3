using System.Linq;
using BenchmarkDotNet.Attributes;
using Imp.Generators.PhaseMachines;
using Imp.Generators.WireEnums;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Benchmarks.Generators;

/// <summary>
/// The three generators on a project of 1,000 [WireEnum] enums of 20 members, 50 [PhaseMachine] enums and 200
/// [WireUnion] records: a first run, then a run after an edit to an unrelated file and one after an edit to one
/// enum, each continuing the driver of a first run. Each iteration starts from trees parsed for it alone (see
/// <see cref="ScaleCompilation"/>), so no run finds symbols or models an earlier iteration left behind.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
// One run per iteration: a second run over the same input would find what the first one remembered.
[InvocationCount(1)]
public class GeneratorScaleBenchmarks
{
    private readonly ISourceGenerator[] _generators =
        new IIncrementalGenerator[] { new WireEnumGenerator(), new PhaseMachineGenerator(), new WireUnionGenerator() }
            .Select(generator => generator.AsSourceGenerator())
            .ToArray();

    private readonly ISourceGenerator[] _floor = [new AttributeOnlyGenerator().AsSourceGenerator()];

    private ScaleCompilation _scale = null!;
    private Compilation _input = null!;
    private GeneratorDriver _driver = null!;

    [GlobalSetup]
    public void Setup() => _scale = new ScaleCompilation(enums: 1_000, machines: 50, unions: 200);

    [IterationSetup(Target = nameof(First_run))]
    public void BeforeFirstRun()
    {
        _input = _scale.Original();
        CollectGarbage();
    }

    [IterationSetup(Target = nameof(Unrelated_edit))]
    public void BeforeUnrelatedEdit() => AfterFirstRun(_generators, ScaleCompilation.UnrelatedEdit);

    [IterationSetup(Target = nameof(One_enum_edit))]
    public void BeforeOneEnumEdit() => AfterFirstRun(_generators, _scale.EnumEdit);

    [IterationSetup(Target = nameof(Unrelated_edit_floor))]
    public void BeforeUnrelatedEditFloor() => AfterFirstRun(_floor, ScaleCompilation.UnrelatedEdit);

    [Benchmark(Baseline = true)]
    public GeneratorDriver First_run() => CreateDriver(_generators).RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver Unrelated_edit() => _driver.RunGenerators(_input);

    [Benchmark]
    public GeneratorDriver One_enum_edit() => _driver.RunGenerators(_input);

    /// <summary>What any attribute-driven generator pays for the unrelated edit: see <see cref="AttributeOnlyGenerator"/>.</summary>
    [Benchmark]
    public GeneratorDriver Unrelated_edit_floor() => _driver.RunGenerators(_input);

    private void AfterFirstRun(ISourceGenerator[] generators, System.Func<Compilation, Compilation> edit)
    {
        Compilation original = _scale.Original();
        _driver = CreateDriver(generators).RunGenerators(original);
        _input = edit(original);
        CollectGarbage();
    }

    // A first run leaves hundreds of megabytes behind; collecting them here keeps that pause out of the run measured.
    private static void CollectGarbage()
    {
        System.GC.Collect();
        System.GC.WaitForPendingFinalizers();
        System.GC.Collect();
    }

    private static CSharpGeneratorDriver CreateDriver(ISourceGenerator[] generators) =>
        CSharpGeneratorDriver.Create(generators, parseOptions: ScaleCompilation.ParseOptions);
}
