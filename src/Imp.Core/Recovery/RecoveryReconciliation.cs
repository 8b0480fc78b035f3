using System.Collections.Generic;

namespace Imp;

/// <summary>What a turn's checkpoints say about its tool calls that did not finish: which may run again, and which not.</summary>
/// <param name="Turn">The reconciled turn.</param>
/// <param name="UnsafeIncompleteTools">Calls that must not run again without a person's review, by id (ordinal order).</param>
/// <param name="RetryableIncompleteTools">Calls that may simply run again, by id (ordinal order).</param>
public sealed record RecoveryReconciliation(
    uint Turn,
    IReadOnlyList<IncompleteToolRecovery> UnsafeIncompleteTools,
    IReadOnlyList<IncompleteToolRecovery> RetryableIncompleteTools)
{
    /// <summary>Whether the run may go on by itself: no call is unsafe to repeat.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSafeToContinue => UnsafeIncompleteTools.Count == 0;
}
