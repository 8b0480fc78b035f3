using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// A tool the model may call: a Microsoft.Extensions.AI <see cref="AIFunction"/> (name, description, JSON schema of its
/// arguments, the code that runs it) that also knows what a call may change (<see cref="Risk"/>) and how long it may take
/// (<see cref="Timeout"/>). Register tools in a <see cref="ToolRegistry"/>; the turn runner plans and runs the calls.
/// </summary>
/// <remarks>
/// <para>Risk, retry safety and timeout are metadata for the runner: the model is offered only the name, the description
/// and the schema. Any other <see cref="AIFunction"/> — from <see cref="AIFunctionFactory"/>, an MCP server's tools, your
/// own — becomes an agent tool with <see cref="From"/>, or is wrapped as <see cref="ToolRisk.Mutable"/> when added to a
/// registry as it is (imp-core's default for a tool not known to be read-only).</para>
/// <para>A tool reports failure by throwing: the runner turns the exception's message into a failed observation the model
/// reads, never into a crash of the run. A tool should honour its cancellation token; one that does not is abandoned
/// when its <see cref="Timeout"/> passes (it cannot be stopped from outside), and its result is discarded.</para>
/// </remarks>
public abstract class AgentTool : AIFunction
{
    private static readonly JsonElement AnyObjectSchema = JsonDocument.Parse("""{"type":"object"}""").RootElement.Clone();

    /// <summary>Describes a tool.</summary>
    /// <param name="name">The name the model calls it by: 1 to 64 letters, digits, <c>_</c> or <c>-</c>, as model APIs require.</param>
    /// <param name="description">What the tool does, for the model.</param>
    /// <param name="risk">What a call may change; read-only calls of one turn run concurrently.</param>
    /// <param name="parametersSchema">The JSON schema of the arguments object; <c>{"type":"object"}</c> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid tool name, or the schema is not a JSON object.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="risk"/> is not a declared <see cref="ToolRisk"/>.</exception>
    protected AgentTool(string name, string description, ToolRisk risk, JsonElement? parametersSchema = null)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(description);
        if (!Enum.IsDefined(risk))
        {
            throw new ArgumentOutOfRangeException(nameof(risk), risk, "Not a declared ToolRisk.");
        }

        if (parametersSchema is { ValueKind: not JsonValueKind.Object } schema)
        {
            throw new ArgumentException($"The parameters schema of tool '{name}' must be a JSON object, but it is {schema.ValueKind}.", nameof(parametersSchema));
        }

        Name = name;
        Description = description;
        Risk = risk;
        ParametersSchema = parametersSchema?.Clone() ?? AnyObjectSchema;
    }

    /// <summary>The name the model calls the tool by.</summary>
    public override string Name { get; }

    /// <summary>What the tool does, for the model.</summary>
    public override string Description { get; }

    /// <summary>What a call may change.</summary>
    public ToolRisk Risk { get; }

    /// <summary>The JSON schema of the arguments object.</summary>
    public JsonElement ParametersSchema { get; }

    /// <inheritdoc/>
    public override JsonElement JsonSchema => ParametersSchema;

    /// <summary>Whether running a call again is harmless. Default: only read-only tools are.</summary>
    public virtual bool RetrySafe => Risk == ToolRisk.ReadOnly;

    /// <summary>How long one call may take before it is abandoned as timed out; <see langword="null"/> takes the runner's default.</summary>
    public virtual TimeSpan? Timeout => null;

    /// <summary>Creates a tool from a delegate.</summary>
    /// <param name="name">The name the model calls it by.</param>
    /// <param name="description">What the tool does, for the model.</param>
    /// <param name="risk">What a call may change.</param>
    /// <param name="invoke">Runs a call: takes the arguments object and returns the text the model reads.</param>
    /// <param name="parametersSchema">The JSON schema of the arguments object; any object when <see langword="null"/>.</param>
    /// <param name="timeout">How long one call may take; the runner's default when <see langword="null"/>.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="invoke"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid tool name, or the schema is not a JSON object.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undeclared <paramref name="risk"/>, or a timeout that is not positive.</exception>
    public static AgentTool Create(
        string name,
        string description,
        ToolRisk risk,
        Func<JsonElement, CancellationToken, ValueTask<string>> invoke,
        JsonElement? parametersSchema = null,
        TimeSpan? timeout = null) =>
        new DelegateAgentTool(name, description, risk, invoke, parametersSchema, timeout);

    /// <summary>
    /// Makes any Microsoft.Extensions.AI function — from <see cref="AIFunctionFactory.Create(Delegate, AIFunctionFactoryOptions?)"/>,
    /// an MCP client's tools, your own — an agent tool with a risk and a timeout. Name, description and schema stay the function's.
    /// </summary>
    /// <param name="function">The function; its name must be a valid tool name.</param>
    /// <param name="risk">What a call may change; read-only calls of one turn run concurrently.</param>
    /// <param name="timeout">How long one call may take; the runner's default when <see langword="null"/>.</param>
    /// <returns>The tool; <paramref name="function"/> itself when it already is an agent tool with that risk and timeout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The function's name is not a valid tool name, or its schema is not a JSON object.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undeclared <paramref name="risk"/>, or a timeout that is not positive.</exception>
    public static AgentTool From(AIFunction function, ToolRisk risk, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function is AgentTool tool && tool.Risk == risk && tool.Timeout == timeout
            ? tool
            : new FunctionAgentTool(function, risk, timeout);
    }

    /// <summary>Runs one call.</summary>
    /// <param name="arguments">The call's arguments: always a JSON object.</param>
    /// <param name="cancellationToken">Cancelled when the run is cancelled or the call times out.</param>
    /// <returns>The text the model reads as the call's result.</returns>
    public abstract ValueTask<string> InvokeAsync(JsonElement arguments, CancellationToken cancellationToken);

    /// <summary>Runs a call made through Microsoft.Extensions.AI: the arguments become a JSON object for <see cref="InvokeAsync"/>.</summary>
    /// <param name="arguments">The call's arguments.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The text <see cref="InvokeAsync"/> returned.</returns>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        await InvokeAsync(ToolArguments.ToJsonObject(arguments), cancellationToken).ConfigureAwait(false);

    /// <summary>Checks a timeout given for tool <paramref name="name"/>.</summary>
    private protected static TimeSpan? CheckTimeout(string name, TimeSpan? timeout) =>
        timeout is { } value && value <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(timeout), value, $"The timeout of tool '{name}' must be positive.")
            : timeout;

    private static void CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool valid = name.Length is > 0 and <= 64;
        foreach (char c in name)
        {
            valid &= char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
        }

        if (!valid)
        {
            throw new ArgumentException(
                $"'{name}' is not a tool name: use 1 to 64 ASCII letters, digits, '_' or '-'.",
                nameof(name));
        }
    }
}
