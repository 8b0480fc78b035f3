using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// A verification gate together with the way to check it. The host supplies checks; the turn runner runs them
/// when the model proposes to finish and applies <see cref="Closeout.Enforce"/> to the outcome.
/// </summary>
/// <remarks>
/// A check records its outcome on <see cref="Gate"/> (<see cref="VerificationGate.MarkRunning"/>, then one of
/// <see cref="VerificationGate.MarkPassed"/>, <see cref="VerificationGate.MarkFailed"/>,
/// <see cref="VerificationGate.MarkBlocked"/> or <see cref="VerificationGate.MarkSkipped"/>). It does not throw for a
/// failure of the thing it checks: a check that cannot run marks the gate blocked, with the reason.
/// </remarks>
public interface IVerificationCheck
{
    /// <summary>The gate this check decides.</summary>
    VerificationGate Gate { get; }

    /// <summary>Runs the check once and records its outcome on <see cref="Gate"/>.</summary>
    /// <param name="cancellationToken">Stops the check; the gate is then left as it was before the run started.</param>
    /// <returns>A <see cref="ValueTask"/> that completes when the outcome is recorded (like every host callback of the SDK).</returns>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask RunAsync(CancellationToken cancellationToken);
}
