using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Imp.Json;

/// <summary>
/// Compile-time contracts for the SDK's own serialized types, so that <see cref="ImpJson.Options"/> needs no reflection
/// for them. Metadata mode only: serialization goes through the same converters as the reflection-based contracts, so
/// the bytes are the same.
/// </summary>
/// <remarks>
/// The SDK's enums and unions are not listed: their converters are the Imp generator's, which System.Text.Json's
/// generator cannot see (SYSLIB1220), so <see cref="SdkConverterResolver"/> supplies their contracts instead.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(TurnState))]
[JsonSerializable(typeof(ToolPlan))]
[JsonSerializable(typeof(PlannedToolCall))]
[JsonSerializable(typeof(VerificationGate))]
[JsonSerializable(typeof(VerificationGateResult))]
[JsonSerializable(typeof(VerificationCommand))]
[JsonSerializable(typeof(VerificationArtifactRef))]
[JsonSerializable(typeof(WireDuration))]
[JsonSerializable(typeof(AssistantMessage))]
[JsonSerializable(typeof(UserMessage))]
[JsonSerializable(typeof(ToolResultMessage))]
[JsonSerializable(typeof(Usage))]
[JsonSerializable(typeof(Cost))]
[JsonSerializable(typeof(IReadOnlyList<ContentBlock>))]
[JsonSerializable(typeof(RecoveryCheckpoint))]
[JsonSerializable(typeof(RecoveryReconciliation))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ImpJsonContext : JsonSerializerContext;
