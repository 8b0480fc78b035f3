using System;

namespace Imp;

/// <summary>
/// What a verification gate's run produced: exit code, duration and short summaries. Every field is optional, and
/// absent ones are written as <c>null</c>:
/// <c>{"exit_code":101,"duration_ms":null,"summary":"tests failed","stdout_summary":null,"stderr_summary":null}</c>.
/// </summary>
/// <remarks>Use <c>with</c> to fill in more than the factories set: <c>VerificationGateResult.Failed(101) with { Summary = "tests failed" }</c>.</remarks>
public sealed record VerificationGateResult
{
    private readonly long? _durationMs;

    /// <summary>The command's exit code, when it ran to completion.</summary>
    public int? ExitCode { get; init; }

    /// <summary>How long the run took, in milliseconds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public long? DurationMs
    {
        get => _durationMs;
        init
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(DurationMs), value, "A duration cannot be negative.");
            }

            _durationMs = value;
        }
    }

    /// <summary>A one-line account of the outcome, shown in closeout messages when the gate has no reason.</summary>
    public string? Summary { get; init; }

    /// <summary>A short excerpt of standard output.</summary>
    public string? StdoutSummary { get; init; }

    /// <summary>A short excerpt of standard error.</summary>
    public string? StderrSummary { get; init; }

    /// <summary>The result of a successful run that exited with <paramref name="exitCode"/>; nothing else is set.</summary>
    public static VerificationGateResult Passed(int exitCode) => new() { ExitCode = exitCode };

    /// <summary>The result of a failed run that exited with <paramref name="exitCode"/>; nothing else is set.</summary>
    public static VerificationGateResult Failed(int exitCode) => new() { ExitCode = exitCode };
}
