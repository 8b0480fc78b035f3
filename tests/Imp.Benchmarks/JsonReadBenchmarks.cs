using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;

namespace Imp.Benchmarks;

/// <summary>
/// Reading <see cref="TurnRecord"/>s from UTF-8 JSON with the generated enum converters versus System.Text.Json's
/// <c>JsonStringEnumConverter</c> (the baseline; see <see cref="JsonSubjects"/>). Target: at least as fast, no more
/// allocation. Both allocate the record itself; the generated converters should add nothing to that.
/// </summary>
/// <remarks>
/// Both read the same documents (<see cref="JsonSubjects.Verify"/> checks both subjects write them byte for
/// byte). Each method adds up the fields read, so the JIT has to do every read.
/// </remarks>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private byte[][] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        TurnRecord[] records = TurnRecord.Mix();
        JsonSubjects.Verify(records);
        _documents = Array.ConvertAll(records, record => JsonSerializer.SerializeToUtf8Bytes(record, JsonSubjects.Generated));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count)]
    public long StjEnumConverter() => ReadAll(JsonSubjects.StjEnumConverter);

    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public long GeneratedConverters() => ReadAll(JsonSubjects.Generated);

    private long ReadAll(JsonTypeInfo<TurnRecord> typeInfo)
    {
        long total = 0;
        foreach (byte[] document in _documents)
        {
            TurnRecord record = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(document), typeInfo)!;
            total += record.Attempt + (int)record.Phase + (int)record.StopReason + (int)record.ToolRisk + (int)record.RetryOn;
        }

        return total;
    }
}
