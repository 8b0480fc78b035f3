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
    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Contracts = [];
    private static readonly List<Func<JsonConverter>> EnumConverters = [];

    // One list of the SDK's enums and unions: the contracts here, and the enum converters ImpJson.Options carries.
    static SdkConverterResolver()
    {
        Enum(() => new TurnPhaseJsonConverter());
        Enum(() => new ContinueReasonJsonConverter());
        Enum(() => new StopReasonJsonConverter());
        Enum(() => new ToolRiskJsonConverter());
        Enum(() => new ToolExecutionModeJsonConverter());
        Enum(() => new ToolOutcomeJsonConverter());
        Enum(() => new RunCommandJsonConverter());
        Enum(() => new RetryConditionJsonConverter());
        Enum(() => new RetryGiveUpReasonJsonConverter());
        Enum(() => new VerificationGateStatusJsonConverter());
        Enum(() => new VerificationGateRequirementJsonConverter());
        Enum(() => new VerificationCloseoutEffectJsonConverter());
        Enum(() => new RecoveryCheckpointKindJsonConverter());
        Enum(() => new IncompleteToolStateJsonConverter());
        Union(() => new RunEvent.WireConverter());
        Union(() => new LoopDecision.WireConverter());
        Union(() => new RunFinalStatus.WireConverter());
        Union(() => new StreamEvent.WireConverter());
        Union(() => new ContentBlock.WireConverter());
        Union(() => new ModelStopReason.WireConverter());
        Union(() => new Message.WireConverter());
        Union(() => new VerificationGateKind.WireConverter());
        Union(() => new VerificationGateSource.WireConverter());
        Union(() => new RunRecord.WireConverter());
    }

    private SdkConverterResolver()
    {
    }

    /// <summary>The one instance; it holds no state.</summary>
    public static SdkConverterResolver Instance { get; } = new();

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Contracts.TryGetValue(type, out Func<JsonSerializerOptions, JsonTypeInfo>? create) ? create(options) : null;

    /// <summary>A new converter for each of the SDK's enums, in a fixed order.</summary>
    public static IEnumerable<JsonConverter> CreateEnumConverters()
    {
        foreach (Func<JsonConverter> create in EnumConverters)
        {
            yield return create();
        }
    }

    private static void Enum<T>(Func<JsonConverter<T>> create)
    {
        Union(create);
        EnumConverters.Add(create);
    }

    private static void Union<T>(Func<JsonConverter<T>> create) => Contracts[typeof(T)] = options => Value(options, create());

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
