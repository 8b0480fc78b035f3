using System.Text.Json.Serialization;

namespace Imp;

/// <summary>How the calls of a tool plan are scheduled.</summary>
[WireEnum]
[JsonConverter(typeof(ToolExecutionModeJsonConverter))]
public enum ToolExecutionMode
{
    /// <summary>Read-only calls run concurrently, then the other calls one by one in index order.</summary>
    ParallelReadonlyThenSequentialMutable,
}
