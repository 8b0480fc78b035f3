using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Imp.Benchmarks;

/// <summary>
/// Turning a <see cref="TurnPhase"/> into its wire name. Targets: the generated <c>AsStr()</c> within 1.1x of a
/// hand-written switch, 0 bytes allocated, and at least 10x faster than <c>ToString()</c> plus
/// <see cref="JsonNamingPolicy.SnakeCaseLower"/>, which is what code without the generator would do.
/// </summary>
/// <remarks>Each method adds up the names' lengths, so the JIT has to produce every name.</remarks>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class AsStrBenchmarks
{
    private static readonly JsonNamingPolicy s_snakeCase = JsonNamingPolicy.SnakeCaseLower;

    private TurnPhase[] _phases = [];

    [Params(InputOrder.Cycling, InputOrder.Shuffled)]
    public InputOrder Order { get; set; }

    [GlobalSetup]
    public void Setup() => _phases = Inputs.TurnPhases(Order);

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count)]
    public int HandWrittenSwitch()
    {
        int total = 0;
        foreach (TurnPhase phase in _phases)
        {
            total += HandWrittenTurnPhaseNames.Name(phase).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int GeneratedAsStr()
    {
        int total = 0;
        foreach (TurnPhase phase in _phases)
        {
            total += phase.AsStr().Length;
        }

        return total;
    }

    /// <summary>
    /// Not a target: a hand-written array indexed by the value, to show what a switch costs when its jump is
    /// mispredicted.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int HandWrittenNameTable()
    {
        int total = 0;
        foreach (TurnPhase phase in _phases)
        {
            total += HandWrittenTurnPhaseNames.FromTable(phase).Length;
        }

        return total;
    }

    /// <summary>The C# name, not the wire name: what the runtime's own name lookup costs (it boxes the value).</summary>
    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int EnumToString()
    {
        int total = 0;
        foreach (TurnPhase phase in _phases)
        {
            total += phase.ToString().Length;
        }

        return total;
    }

    /// <summary>The wire name without the generator: a new string per call.</summary>
    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int ToStringThenSnakeCaseLower()
    {
        int total = 0;
        foreach (TurnPhase phase in _phases)
        {
            total += s_snakeCase.ConvertName(phase.ToString()).Length;
        }

        return total;
    }
}
