using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Imp;

namespace Imp.Demo;

/// <summary>The demo's required gate: no TODO may be left in the project. It reads the workspace the tools changed.</summary>
internal sealed class TodoGate(DemoWorkspace workspace) : IVerificationCheck
{
    public VerificationGate Gate { get; } = VerificationGate.Command("no_todos", "grep -rn TODO .");

    public ValueTask RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Gate.MarkRunning();
        var left = workspace.FilesWithTodo();
        if (left.Count == 0)
        {
            Gate.MarkPassed(VerificationGateResult.Passed(0) with { Summary = "no TODO left" });
        }
        else
        {
            Gate.MarkFailed(VerificationGateResult.Failed(1) with
            {
                Summary = string.Create(CultureInfo.InvariantCulture, $"{left.Count} TODO left in {string.Join(", ", left)}"),
            });
        }

        return ValueTask.CompletedTask;
    }
}
