using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>A verification check the host writes as a delegate that records the outcome on the gate it is given.</summary>
/// <remarks>
/// The gate is marked running before the delegate runs. When the delegate throws (other than for cancellation of the
/// token), the gate is blocked with the exception's message; when it returns without recording an outcome, the gate is
/// blocked too. When the token is cancelled, the gate is put back as it was and the cancellation propagates.
/// </remarks>
public sealed class DelegateCheck : IVerificationCheck
{
    private readonly Func<VerificationGate, CancellationToken, ValueTask> _run;

    /// <summary>A check of <paramref name="gate"/> done by <paramref name="run"/>.</summary>
    /// <param name="gate">The gate the check decides.</param>
    /// <param name="run">Checks and records the outcome with the gate's <c>Mark…</c> methods.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gate"/> or <paramref name="run"/> is null.</exception>
    public DelegateCheck(VerificationGate gate, Func<VerificationGate, CancellationToken, ValueTask> run)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(run);
        Gate = gate;
        _run = run;
    }

    /// <inheritdoc />
    public VerificationGate Gate { get; }

    /// <inheritdoc />
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failure of a host's check blocks its gate instead of escaping the turn runner.")]
    public async ValueTask RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GateSnapshot before = GateSnapshot.Of(Gate);
        Gate.MarkRunning();
        try
        {
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await _run(Gate, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            before.RestoreTo(Gate);
            throw;
        }
        catch (Exception e)
        {
            Gate.MarkBlocked(e.Message);
            // Stryker disable once Statement : equivalent — without it the check below finds the gate blocked, not running, and does nothing.
            return;
        }

        if (Gate.Status == VerificationGateStatus.Running)
        {
            Gate.MarkBlocked("the check finished without recording an outcome");
        }
    }
}
