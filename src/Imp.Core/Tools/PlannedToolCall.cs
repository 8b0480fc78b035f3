using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// One tool call of a turn's plan, with its risk known before it runs. Serialized as imp-core does:
/// <c>{"index":0,"id":"call_1","name":"read","args":{"path":"a.rs"},"risk":"read_only","retry_safe":true}</c>.
/// </summary>
/// <remarks>
/// Immutable. It has no value equality: JSON arguments have no canonical form in .NET 8, so compare what matters
/// (for example the serialized JSON) instead.
/// </remarks>
public sealed class PlannedToolCall
{
    /// <summary>Plans a call.</summary>
    /// <param name="index">The call's position in the model's response, from 0; results are reported in this order.</param>
    /// <param name="id">The call's id, echoed in its result.</param>
    /// <param name="name">The tool's name.</param>
    /// <param name="arguments">The arguments, any JSON value (an object in practice); kept as an independent copy.</param>
    /// <param name="risk">What the call may change.</param>
    /// <param name="retrySafe">Whether running the call again is harmless.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undeclared <paramref name="risk"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="arguments"/> holds no value (<c>default(JsonElement)</c>).</exception>
    [JsonConstructor]
    public PlannedToolCall(ulong index, string id, string name, JsonElement arguments, ToolRisk risk, bool retrySafe)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        if (arguments.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("The arguments hold no JSON value; use a JSON null or an object.", nameof(arguments));
        }

        if (!Enum.IsDefined(risk))
        {
            throw new ArgumentOutOfRangeException(nameof(risk), risk, "Not a declared ToolRisk.");
        }

        Index = index;
        Id = id;
        Name = name;
        Arguments = arguments.Clone();
        Risk = risk;
        RetrySafe = retrySafe;
    }

    // The [JsonInclude] setters are internal, not private, so that ImpJsonContext's generated code can reach them
    // ([JsonRequired] needs a setter); only this type sets them.
    /// <summary>The call's position in the model's response, from 0 (a Rust <c>usize</c>).</summary>
    [JsonRequired]
    [JsonInclude]
    public ulong Index { get; internal init; }

    /// <summary>The call's id, echoed in its result.</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonConverter(typeof(PlannedToolCallIdJson))]
    public string Id { get; internal init; }

    /// <summary>The tool's name.</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonConverter(typeof(PlannedToolCallNameJson))]
    public string Name { get; internal init; }

    /// <summary>The arguments as JSON (imp-core's <c>args</c> field).</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonPropertyName("args")]
    public JsonElement Arguments { get; internal init; }

    /// <summary>What the call may change.</summary>
    [JsonRequired]
    [JsonInclude]
    public ToolRisk Risk { get; internal init; }

    /// <summary>Whether running the call again is harmless.</summary>
    [JsonRequired]
    [JsonInclude]
    public bool RetrySafe { get; internal init; }
}
