using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Imp.Json;

namespace Imp;

/// <summary>
/// The tool calls a turn will run and how they are scheduled. Serialized as imp-core does:
/// <c>{"mode":"parallel_readonly_then_sequential_mutable","calls":[…]}</c>.
/// </summary>
/// <remarks>Immutable; like <see cref="PlannedToolCall"/> it has no value equality.</remarks>
public sealed class ToolPlan
{
    /// <summary>Plans <paramref name="calls"/> under <paramref name="mode"/>; the list is copied.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a declared member.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="calls"/> holds a null call.</exception>
    [JsonConstructor]
    public ToolPlan(ToolExecutionMode mode, IReadOnlyList<PlannedToolCall> calls)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a declared ToolExecutionMode.");
        }

        ArgumentNullException.ThrowIfNull(calls);
        PlannedToolCall[] copy = calls.Count == 0 ? [] : new PlannedToolCall[calls.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = calls[i] ?? throw new ArgumentException("A tool plan cannot hold a null call.", nameof(calls));
        }

        Mode = mode;
        Calls = copy;
    }

    /// <summary>A plan with no calls, in <see cref="ToolExecutionMode.ParallelReadonlyThenSequentialMutable"/> mode.</summary>
    public static ToolPlan Empty { get; } = new(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, []);

    // The [JsonInclude] setters are internal, not private, so that ImpJsonContext's generated code can reach them
    // ([JsonRequired] needs a setter); only this type sets them.
    /// <summary>How the calls are scheduled.</summary>
    [JsonRequired]
    [JsonInclude]
    public ToolExecutionMode Mode { get; internal init; }

    /// <summary>The calls, in the order given.</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonConverter(typeof(ToolPlanCallsJson))]
    public IReadOnlyList<PlannedToolCall> Calls { get; internal init; }

    /// <summary>How many calls the plan holds.</summary>
    [JsonIgnore]
    public int Count => Calls.Count;

    /// <summary>Whether the plan holds no calls.</summary>
    [JsonIgnore]
    public bool IsEmpty => Calls.Count == 0;
}
