using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// Runs an agent's turns through the generated <see cref="TurnPhase"/> machine: samples the model (with stream retry),
/// plans and runs its tool calls, decides after each turn, and verifies before it finishes.
/// </summary>
/// <remarks>
/// <para>Every phase change goes through <see cref="TurnState.Enter"/>, so a turn cannot take a step the table does not
/// allow. A turn runs ReceiveCommands → PreTurn → BuildContext → SampleModel → FinalizeAssistantMessage → (AssessTurn |
/// PlanTools → ExecuteTools → RecordObservations → AssessTurn) → DecideNext; a model that fails for good goes from
/// SampleModel to RecordObservations; the run ends in Finish.</para>
/// <para>Failures of the parts are outcomes: a tool that throws or hangs is a failed observation for the model, an
/// unknown tool or malformed arguments are reported to the model, a model that cannot be sampled fails the run
/// (<see cref="RunFinalStatus.Failed"/>), and cancellation finishes it as <see cref="RunFinalStatus.Cancelled"/>.</para>
/// <para>A runner holds only configuration: it may start any number of runs, concurrently.</para>
/// </remarks>
public sealed class TurnRunner
{
    private readonly ToolRegistry _tools;
    private readonly TurnRunnerOptions _options;
    private readonly RunnerRetry _retry;

    /// <summary>Creates a runner.</summary>
    /// <param name="chatClient">
    /// The model. Wrap it in nothing that retries: the runner samples through a <see cref="RetryingChatClient"/> of its
    /// own, with <see cref="TurnRunnerOptions.Retry"/>, and reports each retry as a <see cref="RunEvent.ModelRetry"/>.
    /// </param>
    /// <param name="tools">The tools offered to the model.</param>
    /// <param name="options">Retry, loop, limits, gates, clock, trace, logging and events; defaults when <see langword="null"/>. Copied here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> or <paramref name="tools"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The retry policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public TurnRunner(IChatClient chatClient, ToolRegistry tools, TurnRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ArgumentNullException.ThrowIfNull(tools);
        _tools = tools;
        _options = options is null ? new TurnRunnerOptions() : options with { Retry = options.Retry with { } };
        _options.Retry.Validate();
        _retry = new RunnerRetry(chatClient, _options);
    }

    /// <summary>Creates a runner offering Microsoft.Extensions.AI tools (see <see cref="ToolRegistry.Add(AITool)"/>).</summary>
    /// <param name="chatClient">The model; see <see cref="TurnRunner(IChatClient, ToolRegistry, TurnRunnerOptions?)"/>.</param>
    /// <param name="tools">The tools: <see cref="AgentTool"/>s, or any <see cref="AIFunction"/> (run as <see cref="ToolRisk.Mutable"/>).</param>
    /// <param name="options">Defaults when <see langword="null"/>. Copied here.</param>
    /// <exception cref="ArgumentNullException">An argument or a tool is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two tools share a name, or a tool cannot be invoked.</exception>
    public TurnRunner(IChatClient chatClient, IEnumerable<AITool> tools, TurnRunnerOptions? options = null)
        : this(chatClient, new ToolRegistry(tools ?? throw new ArgumentNullException(nameof(tools))), options)
    {
    }

    /// <summary>The tools the runner offers.</summary>
    public ToolRegistry Tools => _tools;

    /// <summary>The runner's options (its own copy).</summary>
    public TurnRunnerOptions Options => _options;

    /// <summary>Starts a run on <paramref name="prompt"/> and returns at once; the run goes on in the background.</summary>
    /// <param name="prompt">The user's first message.</param>
    /// <param name="cancellationToken">Cancels the run, as <see cref="AgentRun.Cancel"/> does.</param>
    /// <returns>The run: its events, its completion, and its commands.</returns>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> is null or white space.</exception>
    public AgentRun Start(string prompt, CancellationToken cancellationToken = default)
    {
        CheckPrompt(prompt);
        var run = new AgentRun(publishesEvents: true, AgentRun.NewId(), cancellationToken);
        run.Completion = Task.Run(() => RunToEndAsync(run, prompt), CancellationToken.None);
        return run;
    }

    /// <summary>Starts run <paramref name="runId"/> on <paramref name="prompt"/> and returns at once, as <see cref="Start(string, CancellationToken)"/> does.</summary>
    /// <remarks>For a host that names its runs (a grain keyed by run id, a job id): the id its events and records carry, and the one <see cref="Resume"/> takes.</remarks>
    /// <param name="prompt">The user's first message.</param>
    /// <param name="runId">The run's id: unique per store.</param>
    /// <param name="cancellationToken">Cancels the run, as <see cref="AgentRun.Cancel"/> does.</param>
    /// <returns>The run: its events, its completion, and its commands.</returns>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> or <paramref name="runId"/> is null or white space.</exception>
    public AgentRun Start(string prompt, string runId, CancellationToken cancellationToken = default)
    {
        CheckPrompt(prompt);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var run = new AgentRun(publishesEvents: true, runId, cancellationToken);
        run.Completion = Task.Run(() => RunToEndAsync(run, prompt), CancellationToken.None);
        return run;
    }

    /// <summary>
    /// Continues run <paramref name="runId"/> as <see cref="ResumeAsync"/> does, and returns at once with a handle that
    /// takes commands (cancel, steer, follow-up) and publishes the resumed run's events.
    /// </summary>
    /// <param name="runId">The run's id.</param>
    /// <param name="cancellationToken">Cancels the resumed run, as <see cref="AgentRun.Cancel"/> does.</param>
    /// <returns>The run; its <see cref="AgentRun.Completion"/> faults with <see cref="InvalidOperationException"/> when there is no store or no such run.</returns>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is null or white space.</exception>
    public AgentRun Resume(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var run = new AgentRun(publishesEvents: true, runId, cancellationToken);
        run.Completion = Task.Run(() => ResumeCoreAsync(run), CancellationToken.None);
        return run;
    }

    /// <summary>Runs <paramref name="prompt"/> to the end.</summary>
    /// <remarks>
    /// The run starts on the calling thread and goes on in the background from its first wait (usually the model's
    /// first response). Events reach <see cref="TurnRunnerOptions.OnEvent"/> and the trace as with <see cref="Start(string, CancellationToken)"/>.
    /// </remarks>
    /// <param name="prompt">The user's first message.</param>
    /// <param name="cancellationToken">Cancels the run: it then completes with <see cref="RunFinalStatus.Cancelled"/>.</param>
    /// <returns>The run's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> is null or white space.</exception>
    public Task<RunResult> RunAsync(string prompt, CancellationToken cancellationToken = default)
    {
        CheckPrompt(prompt);

        // Nobody can read the events of a run they never see, and awaiting the run needs no hop to the thread pool.
        return RunToEndAsync(new AgentRun(publishesEvents: false, AgentRun.NewId(), cancellationToken), prompt);
    }

    /// <summary>
    /// Continues run <paramref name="runId"/> from its records in <see cref="TurnRunnerOptions.RunStore"/>: a run whose
    /// process died goes on where it was, and nothing that finished is done again.
    /// </summary>
    /// <remarks>
    /// <para>Finished turns are not repeated: the conversation comes back as it was. In the interrupted turn a finalized
    /// model message is not sampled again, a tool call whose result is stored is not run again, and a call that never
    /// started, or a read-only one that did not finish, runs. A mutable call that started and whose end is unknown is
    /// never run blindly: as imp-core does, the run finishes <see cref="RunFinalStatus.Blocked"/>
    /// (<see cref="StopReason.ExecutionBlocked"/>, "recovery requires user review: …"). A run that had already ended
    /// returns its recorded status and runs nothing.</para>
    /// <para>What was only in the dead process is gone: steer and follow-up messages it had not taken yet, and a
    /// model stream in progress (the turn samples again). Events go on under the same run id.</para>
    /// </remarks>
    /// <param name="runId">The run's id (<see cref="AgentRun.Id"/>, <see cref="RunResult.RunId"/>).</param>
    /// <param name="cancellationToken">Cancels the resumed run, as with <see cref="RunAsync(string, CancellationToken)"/>.</param>
    /// <returns>The run's result.</returns>
    /// <exception cref="InvalidOperationException">No <see cref="TurnRunnerOptions.RunStore"/> is set, or it holds no such run.</exception>
    public async Task<RunResult> ResumeAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return await ResumeCoreAsync(new AgentRun(publishesEvents: false, runId, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="prompt"/> to the end as run <paramref name="runId"/>: the id its events and records carry, and the one <see cref="ResumeAsync"/> takes.</summary>
    /// <param name="prompt">The user's first message.</param>
    /// <param name="runId">The run's id: unique per store; letters, digits, '-' and '_' for <see cref="FileRunStore"/>.</param>
    /// <param name="cancellationToken">Cancels the run: it then completes with <see cref="RunFinalStatus.Cancelled"/>.</param>
    /// <returns>The run's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="prompt"/> or <paramref name="runId"/> is null or white space.</exception>
    public Task<RunResult> RunAsync(string prompt, string runId, CancellationToken cancellationToken = default)
    {
        CheckPrompt(prompt);
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return RunToEndAsync(new AgentRun(publishesEvents: false, runId, cancellationToken), prompt);
    }

    /// <summary>
    /// Starts a run that continues <paramref name="conversation"/> (earlier turns, then the new user input, last) and returns
    /// at once. The system prompt, if any, goes first; the run's prompt (in <see cref="RunEvent.RunStarted"/>) is the last
    /// message's text. Hosts that keep a conversation across runs (an Agent Framework session) use this.
    /// </summary>
    /// <param name="conversation">The messages so far; the last one holds the new input.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conversation"/> is empty, or its last message has no text.</exception>
    public AgentRun Start(IEnumerable<ChatMessage> conversation, CancellationToken cancellationToken = default)
    {
        var (messages, prompt) = CheckConversation(conversation);
        var run = new AgentRun(publishesEvents: true, AgentRun.NewId(), cancellationToken);
        run.Completion = Task.Run(() => RunToEndAsync(run, prompt, messages), CancellationToken.None);
        return run;
    }

    /// <summary>Runs a continued <paramref name="conversation"/> to the end (see <see cref="Start(IEnumerable{ChatMessage}, CancellationToken)"/>).</summary>
    /// <param name="conversation">The messages so far; the last one holds the new input.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The run's result; its <see cref="RunResult.Messages"/> holds the given messages and the run's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="conversation"/> is empty, or its last message has no text.</exception>
    public Task<RunResult> RunAsync(IEnumerable<ChatMessage> conversation, CancellationToken cancellationToken = default)
    {
        var (messages, prompt) = CheckConversation(conversation);
        return RunToEndAsync(new AgentRun(publishesEvents: false, AgentRun.NewId(), cancellationToken), prompt, messages);
    }

    private static (ChatMessage[] Messages, string Prompt) CheckConversation(IEnumerable<ChatMessage> conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ChatMessage[] messages = [.. conversation];
        if (messages.Length == 0 || string.IsNullOrWhiteSpace(messages[^1]?.Text))
        {
            throw new ArgumentException("A run needs a conversation whose last message has text: the new input.", nameof(conversation));
        }

        return (messages, messages[^1].Text);
    }

    private static void CheckPrompt(string prompt)
    {
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new ArgumentException($"A run needs a prompt; it was {(prompt is null ? "null" : "empty")}.", nameof(prompt));
        }
    }

    private async Task<RunResult> ResumeCoreAsync(AgentRun run)
    {
        RunResume resume;
        try
        {
            IRunStore store = _options.RunStore ?? throw new InvalidOperationException("Resuming needs TurnRunnerOptions.RunStore: the store the run wrote its records to.");
            resume = await RunResume.LoadAsync(store, run.Id, run.Token).ConfigureAwait(false);
        }
        catch
        {
            run.Finish();
            throw;
        }

        if (resume.Finished is { } finished)
        {
            run.Finish();
            return new RunResult(finished.Status, finished.Turns, resume.Messages, [.. _options.Checks.Select(c => c.Gate)], []) { RunId = run.Id };
        }

        using var loop = new RunLoop(_retry.ForRun(), _tools, _options, run);
        return await loop.ResumeAsync(resume).ConfigureAwait(false);
    }

    private async Task<RunResult> RunToEndAsync(AgentRun run, string prompt, IReadOnlyList<ChatMessage>? conversation = null)
    {
        using var loop = new RunLoop(_retry.ForRun(), _tools, _options, run);
        return await loop.RunAsync(prompt, conversation).ConfigureAwait(false);
    }
}
