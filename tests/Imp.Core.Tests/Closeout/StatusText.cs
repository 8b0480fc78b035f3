using System;
using System.Linq;

namespace Imp.Core.Tests.Closeout;

/// <summary>Final statuses and decisions as one readable line, so tests can state expected values by hand.</summary>
internal static class StatusText
{
    /// <summary>For example <c>done_with_concerns(no_progress | first concern | second concern)</c>.</summary>
    public static string Of(RunFinalStatus status) => status switch
    {
        RunFinalStatus.Done done => $"done({done.Reason.AsStr()})",
        RunFinalStatus.DoneWithConcerns withConcerns =>
            $"done_with_concerns({string.Join(" | ", new[] { withConcerns.Reason.AsStr() }.Concat(withConcerns.Concerns))})",
        RunFinalStatus.Blocked blocked => $"blocked({blocked.Reason.AsStr()} | {blocked.Message})",
        RunFinalStatus.NeedsUserInput needsInput => $"needs_user_input({needsInput.Question})",
        RunFinalStatus.Cancelled => "cancelled",
        RunFinalStatus.Failed failed => $"failed({failed.Message})",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a RunFinalStatus variant."),
    };

    /// <summary>For example <c>finish(done(work_completed))</c> or <c>continue(execution_debt | prompt)</c>.</summary>
    public static string Of(LoopDecision decision) => decision switch
    {
        LoopDecision.Continue go => $"continue({go.Reason.AsStr()} | {go.Prompt})",
        LoopDecision.Finish finish => $"finish({Of(finish.Status)})",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Not a LoopDecision variant."),
    };
}
