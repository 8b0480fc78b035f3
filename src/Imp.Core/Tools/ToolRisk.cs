using System.Text.Json.Serialization;

namespace Imp;

/// <summary>What a tool call may change, known before it runs. Deliberately conservative.</summary>
[WireEnum]
[JsonConverter(typeof(ToolRiskJsonConverter))]
public enum ToolRisk
{
    /// <summary>Reads only; safe to run concurrently with other read-only calls.</summary>
    ReadOnly,

    /// <summary>Changes the workspace.</summary>
    Mutable,

    /// <summary>Acts outside the workspace (network, processes, other systems).</summary>
    ExternalSideEffect,
}
