namespace Imp;

/// <summary>
/// A gate's status, result and reason at one moment, so that a cancelled check can leave the gate as it found it
/// (the contract of <see cref="IVerificationCheck.RunAsync"/>).
/// </summary>
internal readonly record struct GateSnapshot(VerificationGateStatus Status, VerificationGateResult? Result, string? Reason)
{
    public static GateSnapshot Of(VerificationGate gate) => new(gate.Status, gate.Result, gate.Reason);

    public void RestoreTo(VerificationGate gate) => gate.Restore(Status, Result, Reason);
}
