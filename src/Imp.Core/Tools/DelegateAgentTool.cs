using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>A tool whose calls run a delegate (<see cref="AgentTool.Create"/>).</summary>
internal sealed class DelegateAgentTool : AgentTool
{
    private readonly Func<JsonElement, CancellationToken, ValueTask<string>> _invoke;
    private readonly TimeSpan? _timeout;

    public DelegateAgentTool(
        string name,
        string description,
        ToolRisk risk,
        Func<JsonElement, CancellationToken, ValueTask<string>> invoke,
        JsonElement? parametersSchema,
        TimeSpan? timeout)
        : base(name, description, risk, parametersSchema)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        _invoke = invoke;
        _timeout = CheckTimeout(name, timeout);
    }

    public override TimeSpan? Timeout => _timeout;

    public override ValueTask<string> InvokeAsync(JsonElement arguments, CancellationToken cancellationToken) =>
        _invoke(arguments, cancellationToken);
}
