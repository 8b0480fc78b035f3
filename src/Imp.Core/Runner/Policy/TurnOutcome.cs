using System.Collections.Generic;

namespace Imp;

/// <summary>What one turn produced: the facts a <see cref="PostTurnAssessment"/> is computed from.</summary>
/// <param name="Turn">The turn's index, from 0.</param>
/// <param name="AssistantText">The text of the model's message (empty when it only called tools).</param>
/// <param name="ToolResults">The results of the turn's tool calls, in index order; empty for a turn without tools.</param>
/// <param name="QueuedFollowUp">The oldest follow-up message the host queued, or <see langword="null"/>; the runner
/// takes it when the decision is a finish, as imp-core does.</param>
public sealed record TurnOutcome(
    uint Turn,
    string AssistantText,
    IReadOnlyList<ToolCallResult> ToolResults,
    string? QueuedFollowUp);
