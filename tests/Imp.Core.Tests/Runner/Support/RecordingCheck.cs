using System;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Runner.Support;

/// <summary>A verification check that records its runs and decides the gate with a delegate.</summary>
public sealed class RecordingCheck(VerificationGate gate, Action<VerificationGate> decide) : IVerificationCheck
{
    public VerificationGate Gate { get; } = gate;

    public int Runs { get; private set; }

    public ValueTask RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Runs++;
        Gate.MarkRunning();
        decide(Gate);
        return ValueTask.CompletedTask;
    }
}
