using System;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Imp.Benchmarks;

/// <summary>
/// Reading a <see cref="TurnPhase"/> from text. The baseline is the runtime's
/// <c>Enum.TryParse&lt;TurnPhase&gt;(ReadOnlySpan&lt;char&gt;, ignoreCase: false, out _)</c> on the C# names, the
/// fair counterpart of the generated parsers on the wire names. Target: 0 bytes allocated, and faster.
/// </summary>
/// <remarks>
/// All three name arrays hold the same phases in the same order. Each method adds up the parsed values, so the
/// JIT has to do every parse.
/// </remarks>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class TryParseBenchmarks
{
    private string[] _csharpNames = [];
    private string[] _wireNames = [];
    private byte[][] _utf8WireNames = [];

    [Params(InputOrder.Cycling, InputOrder.Shuffled)]
    public InputOrder Order { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        TurnPhase[] phases = Inputs.TurnPhases(Order);
        _csharpNames = Array.ConvertAll(phases, phase => phase.ToString());
        _wireNames = Array.ConvertAll(phases, phase => phase.AsStr());
        _utf8WireNames = Array.ConvertAll(_wireNames, Encoding.UTF8.GetBytes);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count)]
    public int EnumTryParseCSharpName()
    {
        int total = 0;
        foreach (string name in _csharpNames)
        {
            if (Enum.TryParse(name.AsSpan(), ignoreCase: false, out TurnPhase phase))
            {
                total += (int)phase;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int GeneratedTryParseChars()
    {
        int total = 0;
        foreach (string name in _wireNames)
        {
            if (TurnPhaseExtensions.TryParse(name.AsSpan(), out TurnPhase phase))
            {
                total += (int)phase;
            }
        }

        return total;
    }

    /// <summary>The overload the JSON converter uses: bytes straight from the reader.</summary>
    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int GeneratedTryParseUtf8()
    {
        int total = 0;
        foreach (byte[] name in _utf8WireNames)
        {
            if (TurnPhaseExtensions.TryParse(new ReadOnlySpan<byte>(name), out TurnPhase phase))
            {
                total += (int)phase;
            }
        }

        return total;
    }

    /// <summary>The string overload, for comparison with the span one.</summary>
    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public int GeneratedTryParseString()
    {
        int total = 0;
        foreach (string name in _wireNames)
        {
            if (TurnPhaseExtensions.TryParse(name, out TurnPhase phase))
            {
                total += (int)phase;
            }
        }

        return total;
    }
}
