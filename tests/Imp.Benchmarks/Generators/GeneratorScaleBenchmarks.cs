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
/// enum, each from the first run's driver. Every run gets a fresh copy of its compilation, so no run finds the
/// symbols a previous one bound.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks
{
    private readonly ISourceGenerator[] _generators =
        new IIncrementalGenerator[] { new WireEnumGenerator(), new PhaseMachineGenerator(), new WireUnionGenerator() }
            .Select(generator => generator.AsSourceGenerator())
            .ToArray();

    private readonly ISourceGenerator[] _floor = [new AttributeOnlyGenerator().AsSourceGenerator()];

    private ScaleCompilation _scale = null!;
    private GeneratorDriver _afterFirstRun = null!;
    private GeneratorDriver _floorAfterFirstRun = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scale = new ScaleCompilation(enums: 1_000, machines: 50, unions: 200);
        _afterFirstRun = CreateDriver(_generators).RunGenerators(_scale.Original);
        _floorAfterFirstRun = CreateDriver(_floor).RunGenerators(_scale.Original);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver First_run() => CreateDriver(_generators).RunGenerators(_scale.Original.Clone());

    [Benchmark]
    public GeneratorDriver Unrelated_edit() => _afterFirstRun.RunGenerators(_scale.UnrelatedEdit.Clone());

    [Benchmark]
    public GeneratorDriver One_enum_edit() => _afterFirstRun.RunGenerators(_scale.EnumEdit.Clone());

    /// <summary>What any attribute-driven generator pays for the unrelated edit: see <see cref="AttributeOnlyGenerator"/>.</summary>
    [Benchmark]
    public GeneratorDriver Unrelated_edit_floor() => _floorAfterFirstRun.RunGenerators(_scale.UnrelatedEdit.Clone());

    private static CSharpGeneratorDriver CreateDriver(ISourceGenerator[] generators) =>
        CSharpGeneratorDriver.Create(generators, parseOptions: ScaleCompilation.ParseOptions);
}
