using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Imp.Json;

namespace Imp.Benchmarks;

/// <summary>
/// Writing <see cref="TurnRecord"/>s as JSON with the generated enum converters versus System.Text.Json's
/// <c>JsonStringEnumConverter</c> (the baseline; see <see cref="JsonSubjects"/>). Target: at least as fast, no more
/// allocation.
/// </summary>
/// <remarks>
/// Every record is written through one reused <see cref="Utf8JsonWriter"/> over one reset buffer, so the figures
/// are the serializer and the converters, not buffer growth. Each method returns the bytes written.
/// </remarks>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the instance and calls [GlobalCleanup], which disposes the writer.")]
public class JsonWriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;
    private TurnRecord[] _records = [];

    // Not sealed: BenchmarkDotNet derives from benchmark classes, and skips sealed ones without a word.
    public JsonWriteBenchmarks() =>
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ImpJson.Encoder });

    [GlobalSetup]
    public void Setup()
    {
        _records = TurnRecord.Mix();
        JsonSubjects.Verify(_records);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs.Count)]
    public long StjEnumConverter() => WriteAll(JsonSubjects.StjEnumConverter);

    [Benchmark(OperationsPerInvoke = Inputs.Count)]
    public long GeneratedConverters() => WriteAll(JsonSubjects.Generated);

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    private long WriteAll(System.Text.Json.Serialization.Metadata.JsonTypeInfo<TurnRecord> typeInfo)
    {
        long total = 0;
        foreach (TurnRecord record in _records)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            JsonSerializer.Serialize(_writer, record, typeInfo);
            total += _buffer.WrittenCount;
        }

        return total;
    }
}
