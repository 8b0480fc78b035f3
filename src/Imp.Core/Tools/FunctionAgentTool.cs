using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>Any <see cref="AIFunction"/> as an agent tool (<see cref="AgentTool.From"/>): the function runs each call.</summary>
internal sealed class FunctionAgentTool : AgentTool
{
    private readonly TimeSpan? _timeout;

    public FunctionAgentTool(AIFunction function, ToolRisk risk, TimeSpan? timeout)
        : base(function.Name, function.Description ?? string.Empty, risk, SchemaOf(function))
    {
        Function = function;
        _timeout = CheckTimeout(function.Name, timeout);
    }

    /// <summary>The function that runs the calls.</summary>
    public AIFunction Function { get; }

    public override TimeSpan? Timeout => _timeout;

    public override async ValueTask<string> InvokeAsync(JsonElement arguments, CancellationToken cancellationToken)
    {
        object? result = await Function.InvokeAsync(ToolArguments.FromJsonObject(arguments), cancellationToken).ConfigureAwait(false);
        return ToolArguments.ResultText(result, Function.JsonSerializerOptions);
    }

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        base.GetService(serviceType, serviceKey) ?? Function.GetService(serviceType, serviceKey);

    // A function without parameters may describe them as nothing at all; the tool then takes any object.
    private static JsonElement? SchemaOf(AIFunction function) =>
        function.JsonSchema.ValueKind == JsonValueKind.Object ? function.JsonSchema : null;
}
