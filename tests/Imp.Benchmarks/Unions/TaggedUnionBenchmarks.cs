using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Imp.Json;

namespace Imp.Benchmarks.Unions;

/// <summary>
/// Round trips (write, then read back) of a mix of statuses in serde's externally and adjacently tagged
/// representations: the generated converters against System.Text.Json's nearest equivalents, which have the same
/// bytes (checked in setup) — an envelope with a property per variant, and an envelope of tag and content read in
/// two steps. Each category has its own baseline.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TaggedUnionBenchmarks
{
    private const int Count = 64;

    private static readonly JsonSerializerOptions Options = ImpJson.Options;

    // The baselines' options: imp's, but with System.Text.Json's own JsonElement converter, not serde_json's Value.
    private static readonly JsonSerializerOptions StjOptions = WithoutSerdeValue();

    private ExternalStatus[] _external = [];
    private StjExternalStatus[] _stjExternal = [];
    private AdjacentStatus[] _adjacent = [];
    private (string Tag, StjStatusBody Body)[] _stjAdjacent = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        _external = new ExternalStatus[Count];
        _stjExternal = new StjExternalStatus[Count];
        _adjacent = new AdjacentStatus[Count];
        _stjAdjacent = new (string, StjStatusBody)[Count];
        for (int i = 0; i < Count; i++)
        {
            StopReason reason = (StopReason)random.Next(7);
            switch (random.Next(3))
            {
                case 0:
                    _external[i] = new ExternalStatus.Done(reason);
                    _adjacent[i] = new AdjacentStatus.Done(reason);
                    _stjExternal[i] = new StjExternalStatus { Done = new StjStatusBody(reason) };
                    _stjAdjacent[i] = ("done", new StjStatusBody(reason));
                    break;
                case 1:
                    string[] concerns = ["tests skipped", "lint " + i];
                    _external[i] = new ExternalStatus.DoneWithConcerns(reason, concerns);
                    _adjacent[i] = new AdjacentStatus.DoneWithConcerns(reason, concerns);
                    _stjExternal[i] = new StjExternalStatus { DoneWithConcerns = new StjStatusBody(reason, Concerns: concerns) };
                    _stjAdjacent[i] = ("done_with_concerns", new StjStatusBody(reason, Concerns: concerns));
                    break;
                default:
                    _external[i] = new ExternalStatus.Blocked(reason, "blocked " + i);
                    _adjacent[i] = new AdjacentStatus.Blocked(reason, "blocked " + i);
                    _stjExternal[i] = new StjExternalStatus { Blocked = new StjStatusBody(reason, Message: "blocked " + i) };
                    _stjAdjacent[i] = ("blocked", new StjStatusBody(reason, Message: "blocked " + i));
                    break;
            }

            Same(JsonSerializer.Serialize(_external[i], Options), JsonSerializer.Serialize(_stjExternal[i], StjOptions));
            Same(JsonSerializer.Serialize(_adjacent[i], Options), JsonSerializer.Serialize(StjAdjacent(_stjAdjacent[i]), StjOptions));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("External")]
    public int Stj_envelope_round_trip()
    {
        int total = 0;
        foreach (StjExternalStatus status in _stjExternal)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(status, StjOptions);
            total += JsonSerializer.Deserialize<StjExternalStatus>(json, StjOptions)!.Done is null ? 1 : 2;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("External")]
    public int Generated_external_round_trip()
    {
        int total = 0;
        foreach (ExternalStatus status in _external)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(status, Options);
            total += JsonSerializer.Deserialize<ExternalStatus>(json, Options) is ExternalStatus.Done ? 2 : 1;
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Adjacent")]
    public int Stj_two_step_round_trip()
    {
        int total = 0;
        foreach ((string Tag, StjStatusBody Body) status in _stjAdjacent)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(StjAdjacent(status), StjOptions);
            StjAdjacentStatus envelope = JsonSerializer.Deserialize<StjAdjacentStatus>(json, StjOptions)!;
            StjStatusBody body = envelope.C.Deserialize<StjStatusBody>(StjOptions)!;
            total += envelope.T == "done" ? 2 : body.Message is null ? 1 : 3;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Adjacent")]
    public int Generated_adjacent_round_trip()
    {
        int total = 0;
        foreach (AdjacentStatus status in _adjacent)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(status, Options);
            total += JsonSerializer.Deserialize<AdjacentStatus>(json, Options) switch
            {
                AdjacentStatus.Done => 2,
                AdjacentStatus.Blocked => 3,
                _ => 1,
            };
        }

        return total;
    }

    // Writing through the envelope includes making the content element, as a user of the two-step shape must.
    private static StjAdjacentStatus StjAdjacent((string Tag, StjStatusBody Body) status) =>
        new(status.Tag, JsonSerializer.SerializeToElement(status.Body, StjOptions));

    private static JsonSerializerOptions WithoutSerdeValue()
    {
        var options = new JsonSerializerOptions(ImpJson.Options);
        for (int i = options.Converters.Count - 1; i >= 0; i--)
        {
            if (options.Converters[i].Type == typeof(JsonElement))
            {
                options.Converters.RemoveAt(i);
            }
        }

        return options;
    }

    private static void Same(string ours, string theirs)
    {
        if (ours != theirs)
        {
            throw new InvalidOperationException($"The baseline writes different JSON: {ours} vs {theirs}");
        }
    }
}
