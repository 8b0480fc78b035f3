using System.Collections.Generic;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>A message from the user: imp-llm's <c>UserMessage</c>, <c>{"content":[…],"timestamp":1700000000}</c>.</summary>
public sealed record UserMessage
{
    /// <summary>The blocks of the message.</summary>
    [JsonRequired]
    [JsonConverter(typeof(UserMessageContentJson))]
    public required IReadOnlyList<ContentBlock> Content { get; init; }

    /// <summary>When the message was made, in Unix seconds.</summary>
    [JsonRequired]
    public ulong Timestamp { get; init; }
}
