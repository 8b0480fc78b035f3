using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Imp;

/// <summary>
/// Verification closeout: a run may report done only when its required verification gates allow it.
/// </summary>
/// <remarks>
/// <para>Only required gates count (see <see cref="VerificationGate.CloseoutEffect"/>). A blocked required gate turns
/// any status but <see cref="RunFinalStatus.Cancelled"/> and <see cref="RunFinalStatus.Failed"/> into
/// <see cref="RunFinalStatus.Blocked"/> with <see cref="StopReason.ExecutionBlocked"/>, its message listing every
/// blocked gate. Otherwise a pending, running, failed or skipped required gate adds a concern to
/// <see cref="RunFinalStatus.Done"/> or <see cref="RunFinalStatus.DoneWithConcerns"/> and leaves other statuses alone.</para>
/// <para>Each gate is described as <c>required verification {status}: {name} ({detail})</c>, where the detail is the
/// gate's reason or else its result's summary, left out with its parentheses when there is none.</para>
/// <para>Linear in the number of gates; when nothing changes, the given status is returned and nothing is allocated.</para>
/// </remarks>
public static class Closeout
{
    private const string Separator = "; ";

    /// <summary>The final status <paramref name="proposed"/> may become given the outcomes of <paramref name="gates"/>.</summary>
    /// <returns><paramref name="proposed"/> itself when the gates change nothing; otherwise a new status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposed"/> or <paramref name="gates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="gates"/> holds a null gate.</exception>
    public static RunFinalStatus Enforce(RunFinalStatus proposed, IReadOnlyList<VerificationGate> gates)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(gates);

        int count = gates.Count;
        int blockers = 0;
        int concerns = 0;
        for (int i = 0; i < count; i++)
        {
            switch (GateAt(gates, i).CloseoutEffect)
            {
                case VerificationCloseoutEffect.BlocksDone:
                    blockers++;
                    break;
                case VerificationCloseoutEffect.BlocksDoneWithConcerns:
                    concerns++;
                    break;
            }
        }

        if (blockers > 0)
        {
            return proposed is RunFinalStatus.Cancelled or RunFinalStatus.Failed
                ? proposed
                : new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, JoinBlockers(gates));
        }

        if (concerns == 0)
        {
            return proposed;
        }

        return proposed switch
        {
            RunFinalStatus.Done done => new RunFinalStatus.DoneWithConcerns(done.Reason, CollectConcerns([], gates, concerns)),
            RunFinalStatus.DoneWithConcerns withConcerns =>
                new RunFinalStatus.DoneWithConcerns(withConcerns.Reason, CollectConcerns(withConcerns.Concerns, gates, concerns)),
            _ => proposed,
        };
    }

    /// <summary>
    /// Applies <see cref="Enforce"/> to the status of a <see cref="LoopDecision.Finish"/>; a
    /// <see cref="LoopDecision.Continue"/> is returned as it is.
    /// </summary>
    /// <returns><paramref name="decision"/> itself when the gates change nothing; otherwise a new finish decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/>, its status, or <paramref name="gates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="gates"/> holds a null gate.</exception>
    public static LoopDecision EnforceDecision(LoopDecision decision, IReadOnlyList<VerificationGate> gates)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(gates);
        if (decision is not LoopDecision.Finish finish)
        {
            return decision;
        }

        RunFinalStatus status = Enforce(finish.Status, gates);
        return ReferenceEquals(status, finish.Status) ? decision : new LoopDecision.Finish(status);
    }

    /// <summary>How closeout describes <paramref name="gate"/>: <c>required verification {status}: {name} ({detail})</c>.</summary>
    internal static string Describe(VerificationGate gate) => AppendDescription(new StringBuilder(), gate).ToString();

    private static VerificationGate GateAt(IReadOnlyList<VerificationGate> gates, int index) =>
        gates[index] ?? throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The gate at index {index} is null."), nameof(gates));

    private static string JoinBlockers(IReadOnlyList<VerificationGate> gates)
    {
        var message = new StringBuilder();
        for (int i = 0; i < gates.Count; i++)
        {
            VerificationGate gate = gates[i];
            if (gate.CloseoutEffect != VerificationCloseoutEffect.BlocksDone)
            {
                continue;
            }

            if (message.Length > 0)
            {
                message.Append(Separator);
            }

            AppendDescription(message, gate);
        }

        return message.ToString();
    }

    private static string[] CollectConcerns(IReadOnlyList<string> existing, IReadOnlyList<VerificationGate> gates, int added)
    {
        var concerns = new string[existing.Count + added];
        int next = 0;
        for (; next < existing.Count; next++)
        {
            concerns[next] = existing[next];
        }

        var scratch = new StringBuilder();
        for (int i = 0; i < gates.Count; i++)
        {
            VerificationGate gate = gates[i];
            if (gate.CloseoutEffect == VerificationCloseoutEffect.BlocksDoneWithConcerns)
            {
                concerns[next++] = AppendDescription(scratch.Clear(), gate).ToString();
            }
        }

        return concerns;
    }

    private static StringBuilder AppendDescription(StringBuilder builder, VerificationGate gate)
    {
        builder.Append("required verification ")
            .Append(StatusWords(gate.Status))
            .Append(": ")
            .Append(gate.Name.Length == 0 ? gate.Id : gate.Name);

        // imp-core takes the reason whenever there is one, even an empty one, and only then falls back to the summary.
        string? detail = gate.Reason ?? gate.Result?.Summary;
        if (!string.IsNullOrEmpty(detail))
        {
            builder.Append(" (").Append(detail).Append(')');
        }

        return builder;
    }

    private static string StatusWords(VerificationGateStatus status) => status switch
    {
        VerificationGateStatus.Pending => "pending",
        VerificationGateStatus.Running => "still running",
        VerificationGateStatus.Passed => "passed",
        VerificationGateStatus.Failed => "failed",
        VerificationGateStatus.Skipped => "skipped",
        VerificationGateStatus.Blocked => "blocked",
        // Stryker disable once String : unreachable — a gate's status is checked to be declared whenever it is set.
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a declared VerificationGateStatus."),
    };
}
