using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// A tool's result sent back to the model: imp-llm's <c>ToolResultMessage</c>,
/// <c>{"tool_call_id":"call_123","tool_name":"read_file","content":[…],"is_error":false,"details":null,"timestamp":1700000002}</c>.
/// <see cref="Details"/> may be left out when read (it is then JSON <c>null</c>); the other fields are required.
/// </summary>
public sealed record ToolResultMessage
{
    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();
    private readonly JsonElement _details = Null;

    /// <summary>The id of the call this answers.</summary>
    [JsonRequired]
    [JsonConverter(typeof(ToolResultMessageToolCallIdJson))]
    public required string ToolCallId { get; init; }

    /// <summary>The tool's name.</summary>
    [JsonRequired]
    [JsonConverter(typeof(ToolResultMessageToolNameJson))]
    public required string ToolName { get; init; }

    /// <summary>The result's blocks.</summary>
    [JsonRequired]
    [JsonConverter(typeof(ToolResultMessageContentJson))]
    public required IReadOnlyList<ContentBlock> Content { get; init; }

    /// <summary>Whether the tool failed.</summary>
    [JsonRequired]
    public bool IsError { get; init; }

    /// <summary>Anything more about the run, any JSON value (serde_json's <c>Value</c>, <c>#[serde(default)]</c>: null when absent).</summary>
    public JsonElement Details
    {
        get => _details;

        // System.Text.Json sets an init-only property it did not find to default, which holds no JSON value.
        init => _details = value.ValueKind == JsonValueKind.Undefined ? Null : value;
    }

    /// <summary>When the result was made, in Unix seconds.</summary>
    [JsonRequired]
    public ulong Timestamp { get; init; }
}
