using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// A verification gate that runs a process the host configured (never a command from the model) and decides the gate
/// by its exit code.
/// </summary>
/// <remarks>
/// <para>The executable is started directly, without a shell, its arguments passed one by one; standard input is
/// closed at once; standard output and error are read concurrently, keeping only their last lines (20 lines of up to
/// 300 characters each), so a chatty process neither deadlocks nor fills memory.</para>
/// <para>Outcomes: exit code 0 → <see cref="VerificationGateStatus.Passed"/>; any other exit code →
/// <see cref="VerificationGateStatus.Failed"/>, both with a <see cref="VerificationGateResult"/> whose summary reads
/// <c>exit code 1: {line}</c>, the line being the last non-blank one of stderr (of stdout when stderr has none) for a
/// failure, and of stdout (else stderr) for a pass. A missing working directory, an executable
/// that cannot be started, or the timeout → <see cref="VerificationGateStatus.Blocked"/> with a reason that names the
/// command and the cause. On timeout or cancellation the whole process tree is killed.</para>
/// <para>Output is awaited for at most 2 seconds after the process exits, since a child it left running may keep
/// the pipes open; whatever arrived by then is summarized.</para>
/// <para>Not thread-safe: run one check at a time.</para>
/// </remarks>
public sealed class CommandCheck : IVerificationCheck
{
    /// <summary>The longest timeout a check accepts (what a timer can wait, about 49.7 days).</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    // How long output may still arrive after the process exited; a grandchild that inherited the pipe (a build
    // server, say) could otherwise keep the check waiting forever. Measured on the real clock: it guards against the
    // operating system, not a timeout the host chose, so a host's manual clock must not stall it.
    private static readonly TimeSpan DrainWindow = TimeSpan.FromSeconds(2);

    private const int SummaryLineLength = 160;

    private readonly TimeProvider _timeProvider;

    /// <summary>A pending gate with id <paramref name="id"/> that runs <paramref name="fileName"/> with <paramref name="arguments"/>.</summary>
    /// <param name="id">The gate's identifier.</param>
    /// <param name="fileName">The executable: a path, or a name looked up on <c>PATH</c>.</param>
    /// <param name="arguments">The arguments, each passed as it is (no shell, no splitting).</param>
    /// <param name="workingDirectory">Where the process runs; checked when the gate runs, not here.</param>
    /// <param name="timeout">How long the process may run before it is killed and the gate blocked.</param>
    /// <param name="name">The gate's name in closeout messages; <paramref name="id"/> when null.</param>
    /// <param name="requirement">How much the gate weighs at closeout.</param>
    /// <param name="environment">Variables set for the process on top of the inherited ones; a null value removes one. A later duplicate wins.</param>
    /// <param name="timeProvider">The clock for the duration and the timeout; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="fileName"/> or <paramref name="workingDirectory"/> is empty or blank, an argument is null, or a variable name is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="fileName"/>, <paramref name="arguments"/> or <paramref name="workingDirectory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not positive or above <see cref="MaxTimeout"/>, or <paramref name="requirement"/> is not a declared member.</exception>
    public CommandCheck(
        string id,
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        string? name = null,
        VerificationGateRequirement requirement = VerificationGateRequirement.Required,
        IEnumerable<KeyValuePair<string, string?>>? environment = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
        {
            throw new ArgumentOutOfRangeException(
                nameof(timeout),
                timeout,
                string.Create(CultureInfo.InvariantCulture, $"The timeout must be positive and at most {MaxTimeout}; got {timeout}."));
        }

        string[] argumentList = arguments.ToArray();
        for (int i = 0; i < argumentList.Length; i++)
        {
            if (argumentList[i] is null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The argument at index {i} is null."), nameof(arguments));
            }
        }

        var variables = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach ((string key, string? value) in environment ?? [])
        {
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException("An environment variable name is null or empty.", nameof(environment));
            }

            variables[key] = value;
        }

        FileName = fileName;
        Arguments = argumentList;
        WorkingDirectory = workingDirectory;
        Timeout = timeout;
        Environment = variables;
        _timeProvider = timeProvider ?? TimeProvider.System;
        if (!Enum.IsDefined(requirement))
        {
            throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Not a declared VerificationGateRequirement.");
        }

        Gate = new VerificationGate
        {
            Id = id,
            Name = name ?? id,
            Kind = new VerificationGateKind.Command(),
            Requirement = requirement,
            CommandSpec = new VerificationCommand(CommandLineText.Format(fileName, argumentList))
            {
                Cwd = workingDirectory,
                Timeout = timeout,
            },
        };
    }

    /// <inheritdoc />
    /// <remarks>Its <see cref="VerificationGate.CommandLine"/> shows the command for people, arguments with spaces in double quotes.</remarks>
    public VerificationGate Gate { get; }

    /// <summary>The executable that is started.</summary>
    public string FileName { get; }

    /// <summary>The arguments, each passed to the process as it is.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Where the process runs.</summary>
    public string WorkingDirectory { get; }

    /// <summary>How long the process may run before it is killed and the gate blocked.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Variables set for the process on top of the inherited ones, by ordinal name; a null value removes one.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>Runs the process once and records its outcome on <see cref="Gate"/>.</summary>
    /// <param name="cancellationToken">Kills the process tree; the gate is then left as it was before the run.</param>
    /// <returns>A task that completes when the outcome is recorded and the process has exited.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        GateSnapshot before = GateSnapshot.Of(Gate);
        Gate.MarkRunning();
        if (!Directory.Exists(WorkingDirectory))
        {
            Gate.MarkBlocked(CannotRun($"working directory {WorkingDirectory} does not exist"));
            return;
        }

        using var process = new Process { StartInfo = CreateStartInfo() };
        long started = _timeProvider.GetTimestamp();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            // The executable is missing or not executable; the message names the file and the OS error.
            Gate.MarkBlocked(CannotRun(e.Message));
            return;
        }

        try
        {
            var stdout = new OutputTail();
            var stderr = new OutputTail();
            Task reading = Task.WhenAll(
                stdout.ReadToEndAsync(process.StandardOutput),
                stderr.ReadToEndAsync(process.StandardError));
            CloseInput(process);

            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            if (!await WaitForExitAsync(process, cancellationToken).ConfigureAwait(false))
            {
                // Stryker: survives (statement removed) — the finally below kills the same tree; only the wait for the exit goes, which a test cannot see without racing the kernel.
                // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
                await KillTreeAsync(process).ConfigureAwait(false);
                Gate.MarkBlocked(string.Create(
                    CultureInfo.InvariantCulture,
                    $"`{Gate.CommandLine}` timed out after {Seconds(Timeout)} s; its process tree was killed"));
                return;
            }

            TimeSpan duration = _timeProvider.GetElapsedTime(started);
            // Stryker: survives (statement removed) — the helper's output is read by the time it has exited, so skipping the drain loses nothing in the tests; it matters for a slow reader or a grandchild holding the pipe.
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await DrainAsync(reading).ConfigureAwait(false);
            // Stryker: these survive (statements removed) — ReadToEndAsync completes its tail itself when the stream ends; the calls matter only when the drain window ran out with a last line unterminated.
            stdout.Complete();
            stderr.Complete();
            VerificationGateResult result = Result(process.ExitCode, duration, stdout, stderr);
            if (process.ExitCode == 0)
            {
                Gate.MarkPassed(result);
            }
            else
            {
                Gate.MarkFailed(result);
            }
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            // Stryker: survives (statement removed) — as on timeout: the finally kills the same tree, without waiting for it.
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await KillTreeAsync(process).ConfigureAwait(false);
            before.RestoreTo(Gate);
            throw new OperationCanceledException(e.Message, e, cancellationToken);
        }
        finally
        {
            // Whatever went wrong, no process outlives the check.
            // Stryker: survives (negated), and KillTree here has no coverage — the process is still running here only after an unexpected exception, which no test can cause.
            if (!process.HasExited)
            {
                KillTree(process);
            }
        }
    }

    /// <summary>The summary line of a finished run: <c>exit code N</c>, then the last line that says something.</summary>
    private static string Summarize(int exitCode, string? lastLine)
    {
        string code = exitCode.ToString(CultureInfo.InvariantCulture);
        string? line = lastLine?.Trim();
        if (string.IsNullOrEmpty(line))
        {
            return "exit code " + code;
        }

        if (line.Length > SummaryLineLength)
        {
            line = string.Concat(line.AsSpan(0, SummaryLineLength - 1).TrimEnd(), "…");
        }

        return "exit code " + code + ": " + line;
    }

    private static VerificationGateResult Result(int exitCode, TimeSpan duration, OutputTail stdout, OutputTail stderr) => new()
    {
        ExitCode = exitCode,
        DurationMs = (ulong)Math.Max(0, (long)duration.TotalMilliseconds),
        // A failure explains itself on stderr; a success's stderr is mostly warnings and progress.
        Summary = Summarize(exitCode, exitCode == 0 ? stdout.LastLine ?? stderr.LastLine : stderr.LastLine ?? stdout.LastLine),
        StdoutSummary = stdout.Text,
        StderrSummary = stderr.Text,
    };

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static void CloseInput(Process process)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited already; its input is closed either way.
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
        catch (Win32Exception)
        {
            // A descendant could not be signalled (gone, or not ours); the rest of the tree is still killed.
        }
        catch (AggregateException)
        {
            // Same, for several descendants.
        }
    }

    private static async Task KillTreeAsync(Process process)
    {
        KillTree(process);
        // Stryker: survives (statement removed) — the tree is killed either way; only waiting for its exit goes (see the timeout path).
        // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private string CannotRun(string cause) => string.Create(CultureInfo.InvariantCulture, $"cannot run `{Gate.CommandLine}`: {cause}");

    private ProcessStartInfo CreateStartInfo()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var info = new ProcessStartInfo(FileName)
        {
            UseShellExecute = false,
            // Stryker disable once Boolean : equivalent off Windows — only Windows consoles have windows; the tests run where it has no effect.
            CreateNoWindow = true,
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = encoding,
            StandardOutputEncoding = encoding,
            StandardErrorEncoding = encoding,
        };
        foreach (string argument in Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach ((string key, string? value) in Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }

    /// <returns><see langword="false"/> when the timeout elapsed first.</returns>
    private async Task<bool> WaitForExitAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        // Stryker: survives (&& to ||) — they differ only when the caller cancels and the timeout fires at the same instant.
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task DrainAsync(Task reading)
    {
        try
        {
            // Stryker disable once Boolean : equivalent — ConfigureAwait(true) would only resume on a captured SynchronizationContext, which the tests never have: it changes scheduling, not results.
            await reading.WaitAsync(DrainWindow, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Keep what has arrived; disposing the process closes the pipes under the readers.
        }
    }
}
