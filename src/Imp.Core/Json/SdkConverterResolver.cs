using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Imp.Json;

/// <summary>
/// Contracts for the SDK's [WireEnum] enums and [WireUnion] records, built from their generated converters without
/// reflection. <see cref="ImpJsonContext"/> cannot hold them: System.Text.Json's generator does not see the Imp
/// generator's output (SYSLIB1220). A converter in the options' <see cref="JsonSerializerOptions.Converters"/> wins over
/// the generated one, as it does for reflection-based contracts.
/// </summary>
internal sealed class SdkConverterResolver : IJsonTypeInfoResolver
{
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Contracts = new()
    {
        [typeof(TurnPhase)] = options => Value(options, new TurnPhaseJsonConverter()),
        [typeof(ContinueReason)] = options => Value(options, new ContinueReasonJsonConverter()),
        [typeof(StopReason)] = options => Value(options, new StopReasonJsonConverter()),
        [typeof(ToolRisk)] = options => Value(options, new ToolRiskJsonConverter()),
        [typeof(ToolExecutionMode)] = options => Value(options, new ToolExecutionModeJsonConverter()),
        [typeof(ToolOutcome)] = options => Value(options, new ToolOutcomeJsonConverter()),
        [typeof(RunCommand)] = options => Value(options, new RunCommandJsonConverter()),
        [typeof(RetryCondition)] = options => Value(options, new RetryConditionJsonConverter()),
        [typeof(VerificationGateStatus)] = options => Value(options, new VerificationGateStatusJsonConverter()),
        [typeof(VerificationGateRequirement)] = options => Value(options, new VerificationGateRequirementJsonConverter()),
        [typeof(VerificationCloseoutEffect)] = options => Value(options, new VerificationCloseoutEffectJsonConverter()),
        [typeof(VerificationGateKind)] = options => Value(options, new VerificationGateKindJsonConverter()),
        [typeof(RunEvent)] = options => Value(options, new RunEvent.WireConverter()),
        [typeof(LoopDecision)] = options => Value(options, new LoopDecision.WireConverter()),
        [typeof(RunFinalStatus)] = options => Value(options, new RunFinalStatus.WireConverter()),
        [typeof(StreamEvent)] = options => Value(options, new StreamEvent.WireConverter()),
    };

    private SdkConverterResolver()
    {
    }

    /// <summary>The one instance; it holds no state.</summary>
    public static SdkConverterResolver Instance { get; } = new();

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Contracts.TryGetValue(type, out Func<JsonSerializerOptions, JsonTypeInfo>? create) ? create(options) : null;

    private static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter<T> generated) =>
        JsonMetadataServices.CreateValueInfo<T>(options, FromOptions<T>(options) ?? generated);

    private static JsonConverter<T>? FromOptions<T>(JsonSerializerOptions options)
    {
        foreach (JsonConverter converter in options.Converters)
        {
            if (!converter.CanConvert(typeof(T)))
            {
                continue;
            }

            return converter as JsonConverter<T> ?? (converter as JsonConverterFactory)?.CreateConverter(typeof(T), options) as JsonConverter<T>;
        }

        return null;
    }
}
