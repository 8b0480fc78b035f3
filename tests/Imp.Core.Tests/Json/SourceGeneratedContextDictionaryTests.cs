using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>
/// The documented way to use a generated converter, <c>[JsonConverter]</c> on the enum, must also work with
/// System.Text.Json's own source generator, which reads the attribute at compile time.
/// </summary>
/// <remarks>
/// Only enums from another assembly (the SDK's) are used here: for a [WireEnum] enum declared in the same project
/// as the context, System.Text.Json's generator cannot see the Imp generator's converter (generators do not see
/// each other's output) and reports SYSLIB1220 and SYSLIB1030, which break this build.
/// </remarks>
public sealed class SourceGeneratedContextDictionaryTests
{
    [Fact]
    public void A_source_generated_context_uses_the_enums_converters()
    {
        var value = new SourceGenHolder(
            TurnPhase.RecordObservations,
            null,
            VerificationGateStatus.Blocked,
            new Dictionary<ToolRisk, int> { [ToolRisk.ExternalSideEffect] = 2 });

        string json = JsonSerializer.Serialize(value, SourceGenContext.Default.SourceGenHolder);
        json.ShouldBe("{\"phase\":\"record_observations\",\"maybe_stop\":null,\"gate\":\"blocked\",\"risks\":{\"external_side_effect\":2}}");

        SourceGenHolder? back = JsonSerializer.Deserialize(json, SourceGenContext.Default.SourceGenHolder);
        back.ShouldNotBeNull();
        back.Phase.ShouldBe(TurnPhase.RecordObservations);
        back.MaybeStop.ShouldBeNull();
        back.Gate.ShouldBe(VerificationGateStatus.Blocked);
        back.Risks.ShouldContainKeyAndValue(ToolRisk.ExternalSideEffect, 2);

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize("{\"phase\":\"Finish\"}", SourceGenContext.Default.SourceGenHolder))
            .Message.ShouldContain("TurnPhase", Case.Sensitive);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize("{\"phase\":3}", SourceGenContext.Default.SourceGenHolder))
            .Message.ShouldContain("TurnPhase", Case.Sensitive);
    }
}

internal sealed record SourceGenHolder(TurnPhase Phase, StopReason? MaybeStop, VerificationGateStatus Gate, Dictionary<ToolRisk, int> Risks);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SourceGenHolder))]
internal sealed partial class SourceGenContext : JsonSerializerContext;
