using System.Text.Json.Serialization;

namespace Imp;

/// <summary>
/// What a run records at each step that matters for recovery, in imp-core's wire shape:
/// <c>{"version":1,"turn":3,"kind":"tool_execution_end","tool_call_id":"call_2","tool_name":"bash","args_hash":"…","success":false,"error_class":"tool_error","timestamp":1747526400000}</c>.
/// </summary>
/// <param name="Version">The shape's version: <see cref="CurrentVersion"/>.</param>
/// <param name="Turn">The turn, from 0.</param>
/// <param name="Kind">Which step.</param>
/// <param name="ToolCallId">The tool call the step concerns, for the tool kinds.</param>
/// <param name="ToolName">The tool's name, for the tool kinds.</param>
/// <param name="ArgsHash">A hash of the call's arguments (<see cref="ToolArgumentsHash"/>), where imp-core records one.</param>
/// <param name="Success">
/// For <see cref="RecoveryCheckpointKind.ToolPlanCreated"/>, whether the call is safe to run again; for the end and
/// completion kinds, whether the step succeeded; otherwise <see langword="null"/>.
/// </param>
/// <param name="ErrorClass">Why a tool call failed (<c>tool_error</c>, <c>validation_error</c>, <c>timeout</c> …), or <see langword="null"/>.</param>
/// <param name="Timestamp">When, in milliseconds since the Unix epoch on the runner's clock.</param>
public sealed record RecoveryCheckpoint(
    [property: JsonRequired] uint Version,
    [property: JsonRequired] uint Turn,
    [property: JsonRequired] RecoveryCheckpointKind Kind,
    string? ToolCallId,
    string? ToolName,
    string? ArgsHash,
    bool? Success,
    string? ErrorClass,
    [property: JsonRequired] ulong Timestamp)
{
    /// <summary>The version this SDK writes, as imp-core 0.2.0 does.</summary>
    public const uint CurrentVersion = 1;
}
