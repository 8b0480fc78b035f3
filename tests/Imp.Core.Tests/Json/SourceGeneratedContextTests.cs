using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>
/// The generated converters need no reflection: a System.Text.Json source-generated context, with reflection
/// switched off for its options, reads and writes wire names through them.
/// </summary>
public sealed partial class SourceGeneratedContextTests
{
    public sealed record TurnSnapshot(TurnPhase Phase, StopReason? Stop, ToolRisk[] Risks);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(TurnSnapshot))]
    internal sealed partial class SnapshotContext : JsonSerializerContext;

    // No reflection-based resolver at all: a type the context does not know would throw.
    private static readonly JsonSerializerOptions ContextOnly = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        TypeInfoResolver = SnapshotContext.Default,
    };

    [Fact]
    public void A_source_generated_context_writes_and_reads_wire_names()
    {
        var snapshot = new TurnSnapshot(TurnPhase.ExecuteTools, StopReason.WorkCompleted, [ToolRisk.ReadOnly, ToolRisk.ExternalSideEffect]);

        string json = JsonSerializer.Serialize(snapshot, SnapshotContext.Default.TurnSnapshot);

        json.ShouldBe("""{"phase":"execute_tools","stop":"work_completed","risks":["read_only","external_side_effect"]}""");
        TurnSnapshot back = JsonSerializer.Deserialize(json, SnapshotContext.Default.TurnSnapshot)!;
        back.Phase.ShouldBe(snapshot.Phase);
        back.Stop.ShouldBe(snapshot.Stop);
        back.Risks.ShouldBe(snapshot.Risks);
    }

    [Fact]
    public void A_source_generated_context_rejects_what_the_converter_rejects()
    {
        JsonException error = Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize("""{"phase":"ExecuteTools","stop":null,"risks":[]}""", SnapshotContext.Default.TurnSnapshot));

        error.Message.ShouldContain("\"ExecuteTools\" is not a TurnPhase wire name");
    }

    [Fact]
    public void Options_limited_to_the_context_resolve_the_generated_converter()
    {
        JsonTypeInfo info = ContextOnly.GetTypeInfo(typeof(TurnPhase));

        info.Converter.ShouldBeOfType<TurnPhaseJsonConverter>();
        Should.Throw<System.NotSupportedException>(() => ContextOnly.GetTypeInfo(typeof(System.Uri)));
        JsonSerializer.Serialize(new TurnSnapshot(TurnPhase.Finish, null, []), ContextOnly)
            .ShouldBe("""{"phase":"finish","stop":null,"risks":[]}""");
    }
}
