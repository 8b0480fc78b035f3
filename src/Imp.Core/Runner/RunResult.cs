using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>How a run ended, and what it leaves behind.</summary>
/// <param name="Status">The final status, after verification closeout.</param>
/// <param name="Turns">How many turns ran.</param>
/// <param name="Messages">The whole conversation: system prompt, user messages, the model's messages and the tool results.</param>
/// <param name="Gates">The verification gates as they stand at the end (unchecked when the run was cancelled or failed).</param>
/// <param name="UnusedFollowUps">Follow-up messages the host queued that no turn took, oldest first: nothing is lost.</param>
public sealed record RunResult(
    RunFinalStatus Status,
    uint Turns,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<VerificationGate> Gates,
    IReadOnlyList<string> UnusedFollowUps)
{
    /// <summary>The run's id (<see cref="AgentRun.Id"/>): the key of its records in <see cref="TurnRunnerOptions.RunStore"/>.</summary>
    public string RunId { get; init; } = string.Empty;
}
