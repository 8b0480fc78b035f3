using System;

namespace Imp.Benchmarks;

/// <summary>
/// Hand-written wire names of <see cref="TurnPhase"/> for <see cref="AsStrBenchmarks"/>. <see cref="Name"/>, the
/// switch a developer would write, is the baseline the generated <c>AsStr()</c> should match.
/// </summary>
internal static class HandWrittenTurnPhaseNames
{
    // Indexed by value: TurnPhase's values run 0..10 in declaration order.
    private static readonly string[] s_names =
    [
        "receive_commands",
        "pre_turn",
        "build_context",
        "sample_model",
        "finalize_assistant_message",
        "plan_tools",
        "execute_tools",
        "record_observations",
        "assess_turn",
        "decide_next",
        "finish",
    ];

    public static string Name(TurnPhase phase) => phase switch
    {
        TurnPhase.ReceiveCommands => "receive_commands",
        TurnPhase.PreTurn => "pre_turn",
        TurnPhase.BuildContext => "build_context",
        TurnPhase.SampleModel => "sample_model",
        TurnPhase.FinalizeAssistantMessage => "finalize_assistant_message",
        TurnPhase.PlanTools => "plan_tools",
        TurnPhase.ExecuteTools => "execute_tools",
        TurnPhase.RecordObservations => "record_observations",
        TurnPhase.AssessTurn => "assess_turn",
        TurnPhase.DecideNext => "decide_next",
        TurnPhase.Finish => "finish",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a declared TurnPhase."),
    };

    /// <summary>The same names from an array: one bounds check and a load, no jump to predict.</summary>
    public static string FromTable(TurnPhase phase)
    {
        string[] names = s_names;
        uint index = (uint)phase;
        return index < (uint)names.Length
            ? names[index]
            : throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not a declared TurnPhase.");
    }
}
