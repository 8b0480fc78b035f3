using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>The tools a run offers the model, by name. Names are unique and compared exactly (ordinal).</summary>
/// <remarks>Fill it before a run starts; it is not safe to change while a run reads it.</remarks>
public sealed class ToolRegistry
{
    private readonly Dictionary<string, AgentTool> _byName = new(StringComparer.Ordinal);
    private readonly List<AgentTool> _inOrder = [];

    // Built on first use and again after an Add: a runner declares the tools on every run.
    private AITool[]? _declarations;

    /// <summary>Creates an empty registry.</summary>
    public ToolRegistry()
    {
    }

    /// <summary>Creates a registry holding <paramref name="tools"/>, in order (see <see cref="Add(AITool)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tools"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two tools have the same name, or a tool is not an <see cref="AIFunction"/>.</exception>
    public ToolRegistry(IEnumerable<AITool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        foreach (AITool tool in tools)
        {
            Add(tool);
        }
    }

    /// <summary>How many tools are registered.</summary>
    public int Count => _inOrder.Count;

    /// <summary>The tools, in the order they were added.</summary>
    public IReadOnlyList<AgentTool> Tools => _inOrder;

    /// <summary>
    /// Adds a Microsoft.Extensions.AI tool: an <see cref="AgentTool"/> as it is, any other <see cref="AIFunction"/> (from
    /// <see cref="AIFunctionFactory"/>, an MCP server) as a <see cref="ToolRisk.Mutable"/> tool with the runner's default
    /// timeout — use <see cref="AgentTool.From"/> to give it another risk or timeout.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A tool of the same name is already registered, or the tool cannot be invoked (a declaration only, or a
    /// provider-hosted tool such as web search).
    /// </exception>
    public void Add(AITool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        Add(tool switch
        {
            AgentTool agentTool => agentTool,
            AIFunction function => AgentTool.From(function, ToolRisk.Mutable),
            _ => throw new ArgumentException(
                $"Tool '{tool.Name}' ({tool.GetType().Name}) cannot be invoked by the runner; add an AIFunction or an AgentTool.",
                nameof(tool)),
        });
    }

    /// <summary>Adds a tool.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tool of the same name is already registered.</exception>
    public void Add(AgentTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        if (!_byName.TryAdd(tool.Name, tool))
        {
            throw new ArgumentException($"A tool named '{tool.Name}' is already registered; tool names must be unique.", nameof(tool));
        }

        _inOrder.Add(tool);
        _declarations = null;
    }

    /// <summary>Finds the tool called <paramref name="name"/>.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out AgentTool? tool) => _byName.TryGetValue(name, out tool);

    /// <summary>
    /// Plans the model's <paramref name="calls"/>, in order, in <see cref="ToolExecutionMode.ParallelReadonlyThenSequentialMutable"/>
    /// mode: each call takes its tool's risk and retry safety. A call of an unknown tool is planned as
    /// <see cref="ToolRisk.ExternalSideEffect"/> and not retry-safe: it never runs, and the riskiest kind keeps it out of the
    /// concurrent batch.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> or one of them is <see langword="null"/>.</exception>
    public ToolPlan Plan(IReadOnlyList<StreamEvent.ToolCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var planned = new PlannedToolCall[calls.Count];
        for (int i = 0; i < planned.Length; i++)
        {
            StreamEvent.ToolCall call = calls[i] ?? throw new ArgumentNullException(nameof(calls), $"Call {i} is null.");
            bool known = TryGet(call.Name, out AgentTool? tool);
            planned[i] = new PlannedToolCall((ulong)i, call.Id, call.Name, call.Arguments, known ? tool!.Risk : ToolRisk.ExternalSideEffect, known && tool!.RetrySafe);
        }

        return new ToolPlan(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, planned);
    }

    /// <summary>
    /// The tools as Microsoft.Extensions.AI declarations, for <see cref="ChatOptions.Tools"/>: name, description and schema
    /// only, so the model never sees a risk or a timeout, and a function-invoking client in the pipeline cannot run them.
    /// </summary>
    /// <returns>A new list each call, so a caller may add its own tools; the declarations in it are shared.</returns>
    public IList<AITool> ToDeclarations() => new List<AITool>(Declarations());

    private AITool[] Declarations()
    {
        if (Volatile.Read(ref _declarations) is { } built)
        {
            return built;
        }

        var declarations = new AITool[_inOrder.Count];
        for (int i = 0; i < declarations.Length; i++)
        {
            AgentTool tool = _inOrder[i];
            declarations[i] = AIFunctionFactory.CreateDeclaration(tool.Name, tool.Description, tool.ParametersSchema);
        }

        // Runs on several threads may build them at once: each publishes a complete array, and any of them will do.
        Volatile.Write(ref _declarations, declarations);
        return declarations;
    }
}
