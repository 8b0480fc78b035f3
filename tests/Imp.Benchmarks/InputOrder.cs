namespace Imp.Benchmarks;

/// <summary>
/// The order of the enum values a benchmark goes through. It matters because a switch on the value is a jump the
/// CPU predicts: a repeating cycle is learnt, a shuffled mix mostly is not. Real traffic lies somewhere between.
/// </summary>
public enum InputOrder
{
    /// <summary>All members in declaration order, over and over: the branch predictor's best case.</summary>
    Cycling,

    /// <summary>The same values shuffled with a fixed seed: the branch predictor's worst case.</summary>
    Shuffled,
}
