using System.Collections.Generic;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// A response from the model: imp-llm's <c>AssistantMessage</c>, which <see cref="StreamEvent.MessageEnd"/> carries whole:
/// <c>{"content":[…],"usage":null,"stop_reason":"EndTurn","timestamp":1700000000}</c>. Every field is required;
/// <see cref="Usage"/> may be <c>null</c> (and may be left out when read).
/// </summary>
public sealed record AssistantMessage
{
    /// <summary>The blocks the model produced, in order.</summary>
    [JsonRequired]
    [JsonConverter(typeof(AssistantMessageContentJson))]
    public required IReadOnlyList<ContentBlock> Content { get; init; }

    /// <summary>Tokens used, when the provider reported them.</summary>
    public Usage? Usage { get; init; }

    /// <summary>Why the model stopped.</summary>
    [JsonRequired]
    [JsonConverter(typeof(AssistantMessageStopReasonJson))]
    public required ModelStopReason StopReason { get; init; }

    /// <summary>When the message was made, in Unix seconds.</summary>
    [JsonRequired]
    public ulong Timestamp { get; init; }
}
