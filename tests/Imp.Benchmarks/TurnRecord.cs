namespace Imp.Benchmarks;

/// <summary>
/// A small wire message with several SDK enums, for the JSON benchmarks. It has no property-level
/// <c>[JsonConverter]</c>, so the options decide which enum converter runs.
/// </summary>
public sealed class TurnRecord
{
    public TurnPhase Phase { get; set; }

    public StopReason StopReason { get; set; }

    public ToolRisk ToolRisk { get; set; }

    public RetryCondition RetryOn { get; set; }

    public int Attempt { get; set; }

    /// <summary><see cref="Inputs.Count"/> records whose enums are shuffled independently of each other.</summary>
    public static TurnRecord[] Mix()
    {
        TurnPhase[] phases = Inputs.TurnPhases(InputOrder.Shuffled);
        StopReason[] stopReasons = Inputs.Balanced(System.Enum.GetValues<StopReason>(), InputOrder.Shuffled, seed: 7);
        ToolRisk[] risks = Inputs.Balanced(System.Enum.GetValues<ToolRisk>(), InputOrder.Shuffled, seed: 3);
        RetryCondition[] conditions = Inputs.Balanced(System.Enum.GetValues<RetryCondition>(), InputOrder.Shuffled, seed: 4);
        var records = new TurnRecord[Inputs.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new TurnRecord
            {
                Phase = phases[i],
                StopReason = stopReasons[i],
                ToolRisk = risks[i],
                RetryOn = conditions[i],
                Attempt = i % 10,
            };
        }

        return records;
    }
}
