using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Imp;

/// <summary>How a <see cref="TurnRunner"/> samples, retries, runs tools, decides, verifies and reports.</summary>
/// <remarks>Settable, so it configures with an <see cref="Action{T}"/> (dependency injection); a runner copies it when created.</remarks>
public sealed record TurnRunnerOptions
{
    private RetryOptions _retry = new();
    private string _agentName = "imp";
    private ILoopPolicy _loopPolicy = DefaultLoopPolicy.Instance;
    private int _maxTurns = 50;
    private int _repeatedActionLimit = 3;
    private IReadOnlyList<IVerificationCheck> _checks = [];
    private TimeProvider _timeProvider = TimeProvider.System;
    private TimeSpan _defaultToolTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The options used when none are given.</summary>
    internal static TurnRunnerOptions Default { get; } = new();

    /// <summary>
    /// How sampling the model is retried: policy (imp-core's <see cref="RetryPolicy.Default"/>), jitter, the translation of
    /// a provider's exceptions, the <c>ShouldHandle</c> hook and the callbacks. Its clock, when not set, is <see cref="TimeProvider"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public RetryOptions Retry
    {
        get => _retry;
        set => _retry = value ?? throw new ArgumentNullException(nameof(Retry));
    }

    /// <summary>The agent's name in spans, metrics and logs (<c>gen_ai.agent.name</c>). Default <c>imp</c>.</summary>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public string AgentName
    {
        get => _agentName;
        set => _agentName = !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ArgumentException("The agent name must not be empty.", nameof(AgentName));
    }

    /// <summary>
    /// Where the runner logs (source-generated <c>LoggerMessage</c> entries under the category <c>Imp.TurnRunner</c>) and
    /// where Microsoft.Extensions.AI's telemetry client logs; <see langword="null"/> for no logging.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>What to do after each turn. Default <see cref="DefaultLoopPolicy"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ILoopPolicy LoopPolicy
    {
        get => _loopPolicy;
        set => _loopPolicy = value ?? throw new ArgumentNullException(nameof(LoopPolicy));
    }

    /// <summary>
    /// Amends each turn's assessment before the loop policy reads it: the place for evidence the SDK cannot see, such
    /// as the host's task system (<see cref="PostTurnAssessment.Task"/>), stops read from the text, or a runtime stop.
    /// Return the assessment, or a copy with changes (<c>a =&gt; a with { Task = new TaskEvidence(StopReason.UserBlocker) }</c>).
    /// </summary>
    public Func<PostTurnAssessment, PostTurnAssessment>? AssessTurn { get; set; }

    /// <summary>
    /// Where runs keep what they need to be resumed after their process dies (conversation, turn ends, checkpoints,
    /// tool results): <see cref="FileRunStore"/>, or your own. <see langword="null"/> (the default) keeps nothing.
    /// </summary>
    public IRunStore? RunStore { get; set; }

    /// <summary>The most turns a run may take; a continue decision beyond it finishes the run as blocked. Default 50.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxTurns
    {
        get => _maxTurns;
        set => _maxTurns = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxTurns), value, "A run needs at least 1 turn.");
    }

    /// <summary>
    /// After how many turns in a row with the same tool calls (names and arguments) a turn's assessment says
    /// <see cref="RuntimeEvidence.RepeatedAction"/>, which the default policy finishes as <see cref="StopReason.RepeatedAction"/>. Default 3.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 2.</exception>
    public int RepeatedActionLimit
    {
        get => _repeatedActionLimit;
        set => _repeatedActionLimit = value >= 2
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RepeatedActionLimit), value, "A repetition needs at least 2 turns.");
    }

    /// <summary>The verification gates checked, in order, when the run proposes to finish. Default none.</summary>
    /// <exception cref="ArgumentNullException">The value, or one of its checks, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two checks share a gate id.</exception>
    public IReadOnlyList<IVerificationCheck> Checks
    {
        get => _checks;
        set
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Checks));
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var copy = new IVerificationCheck[value.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = value[i] ?? throw new ArgumentNullException(nameof(Checks), $"Check {i} is null.");
                if (!ids.Add(copy[i].Gate.Id))
                {
                    throw new ArgumentException($"Two checks have the gate id '{copy[i].Gate.Id}'; gate ids must be unique.", nameof(Checks));
                }
            }

            _checks = copy;
        }
    }

    /// <summary>The clock of retry delays, tool timeouts and durations. Default <see cref="TimeProvider.System"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    }

    /// <summary>How long a call of a tool without its own <see cref="AgentTool.Timeout"/> may take. Default 2 minutes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan DefaultToolTimeout
    {
        get => _defaultToolTimeout;
        set => _defaultToolTimeout = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DefaultToolTimeout), value, "The default tool timeout must be positive.");
    }

    /// <summary>
    /// The chat options of every request (model id, temperature…); copied per request. When they hold no tools, the
    /// registry's tools are declared.
    /// </summary>
    public ChatOptions? ChatOptions { get; set; }

    /// <summary>A system message put first in the conversation, or <see langword="null"/> for none.</summary>
    public string? SystemPrompt { get; set; }

    /// <summary>
    /// A JSON Lines file every event is appended to, flushed line by line (<see cref="RunTrace"/>); <see langword="null"/>
    /// for none. Runs of one process that share the file write whole lines in turn, each line naming its run.
    /// </summary>
    public string? TracePath { get; set; }

    /// <summary>
    /// Awaited with every event, in order, before it is offered to <see cref="AgentRun.Events"/>; the token is the run's.
    /// One that completes at once is called inline; while one is pending the run goes on, and later events wait their turn.
    /// The run's completion waits until every event has been delivered. An exception thrown here fails the run (one thrown
    /// asynchronously, at the next event, or before the run ends if none follows); the observer then gets no further events.
    /// </summary>
    public Func<RunEvent, CancellationToken, ValueTask>? OnEvent { get; set; }
}
