using System;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Imp.Json;

namespace Imp.Benchmarks.Unions;

/// <summary>
/// Round trips (write, then read back) of a mix of loop decisions: the generated converters against
/// System.Text.Json's <c>[JsonPolymorphic]</c>, with the discriminator first (as both write it) and last (read
/// only; System.Text.Json needs <c>AllowOutOfOrderMetadataProperties</c>, which buffers the object).
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class UnionRoundTripBenchmarks
{
    private const int Count = 64;

    private static readonly JsonSerializerOptions StjOptions = new(ImpJson.Options);

    private static readonly JsonSerializerOptions StjOutOfOrder = new(ImpJson.Options) { AllowOutOfOrderMetadataProperties = true };

    // System.Text.Json's default lets a repeated property through, which serde (and imp's options) refuse: less work,
    // shown for what the refusal costs the baseline, not as a like-for-like peer.
    private static readonly JsonSerializerOptions StjOutOfOrderLenient = new(StjOutOfOrder) { AllowDuplicateProperties = true };

    private LoopDecision[] _decisions = [];
    private StjDecision[] _stjDecisions = [];
    private byte[][] _typeFirst = [];
    private byte[][] _typeLast = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _decisions = new LoopDecision[Count];
        _stjDecisions = new StjDecision[Count];
        for (int i = 0; i < Count; i++)
        {
            StopReason reason = (StopReason)random.Next(7);
            (_decisions[i], _stjDecisions[i]) = random.Next(5) switch
            {
                0 => ((LoopDecision)new LoopDecision.Continue(ContinueReason.ExecutionDebt, "prompt " + i), (StjDecision)new StjDecision.Go(ContinueReason.ExecutionDebt, "prompt " + i)),
                1 => (new LoopDecision.Finish(new RunFinalStatus.Done(reason)), new StjDecision.Finish(new StjStatus.Done(reason))),
                2 => (new LoopDecision.Finish(new RunFinalStatus.DoneWithConcerns(reason, ["a", "b " + i])), new StjDecision.Finish(new StjStatus.DoneWithConcerns(reason, ["a", "b " + i]))),
                3 => (new LoopDecision.Finish(new RunFinalStatus.Blocked(reason, "blocked " + i)), new StjDecision.Finish(new StjStatus.Blocked(reason, "blocked " + i))),
                _ => (new LoopDecision.Finish(new RunFinalStatus.Cancelled()), new StjDecision.Finish(new StjStatus.Cancelled())),
            };
        }

        // Both sides write the same bytes; moving "type" to the end gives the out-of-order input.
        _typeFirst = _decisions.Select(d => JsonSerializer.SerializeToUtf8Bytes(d, ImpJson.Options)).ToArray();
        _typeLast = _typeFirst.Select(TypeLast).ToArray();
        for (int i = 0; i < Count; i++)
        {
            string ours = JsonSerializer.Serialize(_decisions[i], ImpJson.Options);
            string theirs = JsonSerializer.Serialize(_stjDecisions[i], StjOptions);
            if (ours != theirs)
            {
                throw new InvalidOperationException($"The baseline writes different JSON: {ours} vs {theirs}");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int Stj_polymorphic_round_trip()
    {
        int total = 0;
        foreach (StjDecision decision in _stjDecisions)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(decision, StjOptions);
            total += JsonSerializer.Deserialize<StjDecision>(json, StjOptions) is StjDecision.Finish ? 1 : json.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Generated_round_trip()
    {
        int total = 0;
        foreach (LoopDecision decision in _decisions)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(decision, ImpJson.Options);
            total += JsonSerializer.Deserialize<LoopDecision>(json, ImpJson.Options) is LoopDecision.Finish ? 1 : json.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Stj_read()
    {
        int total = 0;
        foreach (byte[] json in _typeFirst)
        {
            total += JsonSerializer.Deserialize<StjDecision>(json, StjOptions) is StjDecision.Finish ? 1 : 2;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Generated_read()
    {
        int total = 0;
        foreach (byte[] json in _typeFirst)
        {
            total += JsonSerializer.Deserialize<LoopDecision>(json, ImpJson.Options) is LoopDecision.Finish ? 1 : 2;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Stj_out_of_order_read()
    {
        int total = 0;
        foreach (byte[] json in _typeLast)
        {
            total += JsonSerializer.Deserialize<StjDecision>(json, StjOutOfOrder) is StjDecision.Finish ? 1 : 2;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Stj_out_of_order_read_duplicates_allowed()
    {
        int total = 0;
        foreach (byte[] json in _typeLast)
        {
            total += JsonSerializer.Deserialize<StjDecision>(json, StjOutOfOrderLenient) is StjDecision.Finish ? 1 : 2;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Generated_out_of_order_read()
    {
        int total = 0;
        foreach (byte[] json in _typeLast)
        {
            total += JsonSerializer.Deserialize<LoopDecision>(json, ImpJson.Options) is LoopDecision.Finish ? 1 : 2;
        }

        return total;
    }

    // Rewrites every object so that its "type" property comes last, at every depth.
    private static byte[] TypeLast(byte[] json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, document.RootElement);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            element.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Name != "type"))
        {
            writer.WritePropertyName(property.Name);
            Write(writer, property.Value);
        }

        if (element.TryGetProperty("type", out JsonElement type))
        {
            writer.WritePropertyName("type");
            type.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
