using System;

namespace Imp.Benchmarks;

/// <summary>
/// Input arrays shared by the benchmarks. Each benchmark loops over <see cref="Count"/> inputs, so that one call
/// measures many values rather than one, and reports per input with <c>OperationsPerInvoke = Inputs.Count</c>.
/// </summary>
internal static class Inputs
{
    /// <summary>How many inputs each benchmark call goes through.</summary>
    public const int Count = 1024;

    /// <summary>
    /// <see cref="Count"/> values in which every member appears equally often (give or take one): cycling in
    /// declaration order, or shuffled with a fixed seed so that every run sees the same order.
    /// </summary>
    public static T[] Balanced<T>(T[] members, InputOrder order, int seed)
    {
        var values = new T[Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = members[i % members.Length];
        }

        if (order == InputOrder.Shuffled)
        {
            new Random(seed).Shuffle(values);
        }

        return values;
    }

    /// <summary>The <see cref="TurnPhase"/> values to name or parse: all 11 members.</summary>
    public static TurnPhase[] TurnPhases(InputOrder order) => Balanced(Enum.GetValues<TurnPhase>(), order, seed: 11);
}
