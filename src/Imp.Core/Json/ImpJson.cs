using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Imp.Json;

/// <summary>The JSON wire format of imp: what imp-core's serde writes and reads.</summary>
public static class ImpJson
{
    /// <summary>
    /// Options for imp's wire format: snake_case property names, the SDK enums as their wire names, strings escaped
    /// exactly as serde_json escapes them (see <see cref="Encoder"/>). Read-only: copy it with
    /// <c>new JsonSerializerOptions(ImpJson.Options)</c> to add your own converters.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The encoder of imp's wire format: it escapes only the quote, the backslash and control characters (as
    /// serde_json does, <c>\u00xx</c> in lower-case hex) and writes all other text as raw UTF-8.
    /// </summary>
    public static JavaScriptEncoder Encoder => SerdeJsonEncoder.Instance;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            Encoder = SerdeJsonEncoder.Instance,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        AddSdkConverters(options.Converters);
        options.MakeReadOnly();
        return options;
    }

    private static void AddSdkConverters(System.Collections.Generic.IList<JsonConverter> converters)
    {
        converters.Add(new TurnPhaseJsonConverter());
        converters.Add(new ContinueReasonJsonConverter());
        converters.Add(new StopReasonJsonConverter());
        converters.Add(new ToolRiskJsonConverter());
        converters.Add(new ToolExecutionModeJsonConverter());
        converters.Add(new RetryConditionJsonConverter());
        converters.Add(new VerificationGateStatusJsonConverter());
        converters.Add(new VerificationGateRequirementJsonConverter());
        converters.Add(new VerificationCloseoutEffectJsonConverter());
    }
}
