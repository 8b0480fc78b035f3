using System;
using System.Globalization;

namespace Harbor;

/// <summary>Prints one line per check and counts the mismatches.</summary>
internal sealed class Checks
{
    private int _passed;
    private int _failed;

    /// <summary>Prints <c>ok: what -> actual</c>, or a FAIL line when <paramref name="actual"/> is not <paramref name="expected"/>.</summary>
    public void Check(string what, string actual, string expected)
    {
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            _passed++;
            Console.WriteLine($"ok: {what} -> {actual}");
        }
        else
        {
            _failed++;
            Console.WriteLine($"FAIL: {what} -> {actual}, expected {expected}");
        }
    }

    /// <summary>Prints the totals; the process exit code: 0 when every check passed.</summary>
    public int Finish()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consumer checks: {_passed} ok, {_failed} failing"));
        return _failed == 0 && _passed > 0 ? 0 : 1;
    }
}
