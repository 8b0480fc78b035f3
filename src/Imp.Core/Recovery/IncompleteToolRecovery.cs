namespace Imp;

/// <summary>A tool call of a reconciled turn whose result never reached the conversation.</summary>
/// <param name="ToolCallId">The call's id.</param>
/// <param name="ToolName">The tool's name, when a checkpoint recorded it.</param>
/// <param name="ArgsHash">The hash of its arguments, when a checkpoint recorded it.</param>
/// <param name="RetrySafe">Whether running it again is harmless (read-only, as planned, and it did not fail).</param>
/// <param name="State">How far it got.</param>
public sealed record IncompleteToolRecovery(string ToolCallId, string? ToolName, string? ArgsHash, bool RetrySafe, IncompleteToolState State);
