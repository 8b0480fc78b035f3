using System.Collections.Generic;

namespace Imp;

/// <summary>The model's message of a turn: its text and tool calls, or why sampling failed.</summary>
internal sealed record SampledMessage(string Text, List<StreamEvent.ToolCall> Calls, string? Error);
