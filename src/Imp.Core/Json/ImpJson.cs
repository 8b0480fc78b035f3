using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Imp.Json;

/// <summary>The JSON wire format of imp: what imp-core's serde writes and reads.</summary>
public static class ImpJson
{
    // Declared before Options, whose initializer reads it: static initializers run in textual order.

    /// <summary>The SDK's reflection-free contracts: its enums and unions, then its other serialized types.</summary>
    internal static IJsonTypeInfoResolver SourceGenerated { get; } = JsonTypeInfoResolver.Combine(SdkConverterResolver.Instance, ImpJsonContext.Default);

    /// <summary>
    /// Options for imp's wire format: snake_case property names, the SDK enums as their wire names, strings escaped
    /// exactly as serde_json escapes them (see <see cref="Encoder"/>), and serde's strictness: a repeated property is
    /// refused, integers are read as serde reads them (<c>-0</c> is not one), and a <see cref="JsonElement"/> is read and
    /// written as serde_json's <c>Value</c> (canonical numbers, one entry per key, <c>1e400</c> refused). Read-only: copy it with
    /// <c>new JsonSerializerOptions(ImpJson.Options)</c> to add your own converters.
    /// </summary>
    /// <remarks>
    /// The SDK's own types are source-generated and need no reflection. Other types are resolved by reflection only
    /// where the application allows it (<see cref="JsonSerializer.IsReflectionEnabledByDefault"/>; trimmed and native
    /// AOT apps turn it off): there, copy the options and put your own <c>JsonSerializerContext</c> in front, as in
    /// <c>copy.TypeInfoResolverChain.Insert(0, MyContext.Default)</c>.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The encoder of imp's wire format: it escapes only the quote, the backslash and control characters (as
    /// serde_json does, <c>\u00xx</c> in lower-case hex) and writes all other text as raw UTF-8.
    /// </summary>
    public static JavaScriptEncoder Encoder => SerdeJsonEncoder.Instance;

    /// <summary>
    /// The contract of <typeparamref name="T"/> in imp's wire format, for the <see cref="JsonSerializer"/> overloads that
    /// take a <see cref="JsonTypeInfo{T}"/> and so need no reflection: <c>JsonSerializer.Serialize(status, ImpJson.TypeInfo&lt;RunFinalStatus&gt;())</c>.
    /// </summary>
    /// <remarks>
    /// The SDK's own types (its enums, unions, <see cref="TurnState"/>, <see cref="ToolPlan"/>, <see cref="VerificationGate"/> …)
    /// are source-generated; any other type is resolved by reflection, where the application allows it.
    /// </remarks>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not an SDK type and reflection-based serialization is disabled.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            Encoder = SerdeJsonEncoder.Instance,
            TypeInfoResolver = JsonSerializer.IsReflectionEnabledByDefault ? WithReflection() : SourceGenerated,

            // serde refuses a repeated field in every struct; System.Text.Json would let the last one win.
            AllowDuplicateProperties = false,

            // serde_json's recursion limit: 127 nested arrays and objects are read, 128 are refused.
            MaxDepth = 127,
        };
        foreach (JsonConverter converter in SdkConverterResolver.CreateEnumConverters())
        {
            options.Converters.Add(converter);
        }

        // serde's integers (-0 is a float to serde_json) and serde_json's Value for free-form JSON.
        options.Converters.Add(new SerdeI32JsonConverter());
        options.Converters.Add(new SerdeI64JsonConverter());
        options.Converters.Add(new SerdeU32JsonConverter());
        options.Converters.Add(new SerdeU64JsonConverter());
        options.Converters.Add(new SerdeValueJsonConverter());

        options.MakeReadOnly();
        return options;
    }

    // Reflection serves only the caller's own types (the SDK's resolve first, from SourceGenerated), and only where the
    // application allows it: trimmed and native AOT apps switch IsReflectionEnabledByDefault off, and the trimmer then
    // drops this branch, so the suppressed warnings cannot apply there.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "Used only when reflection-based serialization is enabled; the SDK's types never reach it.")]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "Used only when reflection-based serialization is enabled; the SDK's types never reach it.")]
    private static IJsonTypeInfoResolver WithReflection() =>
        JsonTypeInfoResolver.Combine(SourceGenerated, new DefaultJsonTypeInfoResolver());
}
