using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Imp.Json;

namespace Imp.Benchmarks;

/// <summary>
/// The two ways of serializing <see cref="TurnRecord"/> that the JSON benchmarks compare, alike in everything but
/// the enum converters: <see cref="ImpJson.Options"/> (the generated converters), and a copy of it whose converters
/// are replaced by System.Text.Json's <see cref="JsonStringEnumConverter"/> with
/// <see cref="JsonNamingPolicy.SnakeCaseLower"/>.
/// </summary>
/// <remarks>
/// The SDK enums carry <c>[JsonConverter]</c> on their type, but a converter in the options takes precedence over
/// it. <see cref="Verify"/> checks that the baseline really runs the built-in converter rather than assuming it.
/// </remarks>
internal static class JsonSubjects
{
    public static JsonTypeInfo<TurnRecord> Generated { get; } = TypeInfo(ImpJson.Options);

    public static JsonTypeInfo<TurnRecord> StjEnumConverter { get; } = TypeInfo(WithStjEnumConverter(JsonNamingPolicy.SnakeCaseLower));

    /// <summary>
    /// Throws unless both subjects write the same JSON for <paramref name="records"/> and read it back alike, and
    /// unless the baseline's output follows its naming policy (kebab-case changes it), which it could not if the
    /// enums' own generated converters were still in use.
    /// </summary>
    public static void Verify(TurnRecord[] records)
    {
        Check(StjEnumConverter.Options.GetTypeInfo(typeof(TurnPhase)).Converter is not TurnPhaseJsonConverter, "the baseline resolves the generated TurnPhase converter");
        Check(Generated.Options.GetTypeInfo(typeof(TurnPhase)).Converter is TurnPhaseJsonConverter, "ImpJson.Options does not resolve the generated TurnPhase converter");

        JsonTypeInfo<TurnRecord> kebab = TypeInfo(WithStjEnumConverter(JsonNamingPolicy.KebabCaseLower));
        foreach (TurnRecord record in records)
        {
            byte[] generated = JsonSerializer.SerializeToUtf8Bytes(record, Generated);
            byte[] baseline = JsonSerializer.SerializeToUtf8Bytes(record, StjEnumConverter);
            Check(generated.AsSpan().SequenceEqual(baseline), "the two subjects write different JSON");
            Check(Same(record, JsonSerializer.Deserialize(generated, Generated)), "the generated converters do not round-trip");
            Check(Same(record, JsonSerializer.Deserialize(generated, StjEnumConverter)), "the baseline does not read the generated JSON back");
        }

        // Every Phase but Finish has a two-word name, so a kebab-case baseline must differ somewhere.
        Check(
            records.Any(record => !JsonSerializer.SerializeToUtf8Bytes(record, kebab).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(record, StjEnumConverter))),
            "changing the baseline's naming policy does not change its output, so JsonStringEnumConverter is not in use");
    }

    private static JsonSerializerOptions WithStjEnumConverter(JsonNamingPolicy enumNaming)
    {
        var options = new JsonSerializerOptions(ImpJson.Options);
        options.Converters.Clear();
        options.Converters.Add(new JsonStringEnumConverter(enumNaming));
        options.MakeReadOnly();
        return options;
    }

    private static JsonTypeInfo<TurnRecord> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<TurnRecord>)options.GetTypeInfo(typeof(TurnRecord));

    private static bool Same(TurnRecord expected, TurnRecord? actual) =>
        actual is not null
        && actual.Phase == expected.Phase
        && actual.StopReason == expected.StopReason
        && actual.ToolRisk == expected.ToolRisk
        && actual.RetryOn == expected.RetryOn
        && actual.Attempt == expected.Attempt;

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"JSON benchmark set-up is wrong: {problem}.");
        }
    }
}
