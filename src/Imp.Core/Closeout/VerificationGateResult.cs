using System;

namespace Imp;

/// <summary>
/// What a verification gate's run produced: imp-core's <c>VerificationGateResult</c>, exit code, duration and short
/// summaries. Every field is optional (it may be <c>null</c>, or left out when read), and absent ones are written as <c>null</c>:
/// <c>{"exit_code":101,"duration_ms":null,"summary":"tests failed","stdout_summary":null,"stderr_summary":null}</c>.
/// </summary>
/// <remarks>Use <c>with</c> to fill in more than the factories set: <c>VerificationGateResult.Failed(101) with { Summary = "tests failed" }</c>.</remarks>
public sealed record VerificationGateResult
{
    /// <summary>The command's exit code, when it ran to completion.</summary>
    public int? ExitCode { get; init; }

    /// <summary>How long the run took, in milliseconds (a Rust <c>u64</c>).</summary>
    public ulong? DurationMs { get; init; }

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
