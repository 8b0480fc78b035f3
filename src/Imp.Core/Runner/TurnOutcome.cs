using System.Collections.Generic;

namespace Imp;

/// <summary>What one turn produced, as <see cref="ILoopPolicy.Decide"/> sees it.</summary>
/// <param name="Turn">The turn's index, from 0.</param>
/// <param name="AssistantText">The text of the model's message (empty when it only called tools or failed).</param>
/// <param name="ToolResults">The results of the turn's tool calls, in index order; empty for a turn without tools.</param>
/// <param name="ModelError">Why sampling the model failed for good, or <see langword="null"/> when it did not.</param>
/// <param name="QueuedFollowUp">The oldest follow-up message the host queued, or <see langword="null"/>; a
/// <see cref="ContinueReason.QueuedUserFollowUp"/> decision takes it off the queue.</param>
public sealed record TurnOutcome(
    uint Turn,
    string AssistantText,
    IReadOnlyList<ToolCallResult> ToolResults,
    string? ModelError,
    string? QueuedFollowUp);
