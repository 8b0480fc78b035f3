using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>How a <see cref="TurnRunner"/> samples, retries, runs tools, decides and verifies.</summary>
public sealed record TurnRunnerOptions
{
    private readonly RetryPolicy _retry = RetryPolicy.Default;
    private readonly ILoopPolicy _loopPolicy = DefaultLoopPolicy.Instance;
    private readonly int _maxTurns = 50;
    private readonly int _repeatedActionLimit = 3;
    private readonly IReadOnlyList<IVerificationCheck> _checks = [];
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly Func<double> _randomSource = Random.Shared.NextDouble;
    private readonly TimeSpan _defaultToolTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The options used when none are given.</summary>
    internal static TurnRunnerOptions Default { get; } = new();

    /// <summary>How sampling the model is retried (<see cref="StreamRetry"/>). Default imp-core's <see cref="RetryPolicy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value fails <see cref="RetryPolicy.Validate"/>.</exception>
    public RetryPolicy Retry
    {
        get => _retry;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Retry));
            value.Validate();
            _retry = value;
        }
    }

    /// <summary>
    /// Translates a provider's exception into one <see cref="RetryClassifier"/> understands, or returns
    /// <see langword="null"/> for the default translation (<see cref="RetryingChatClientOptions.TranslateException"/>).
    /// </summary>
    public Func<Exception, Exception?>? TranslateException { get; init; }

    /// <summary>What to do after each turn. Default <see cref="DefaultLoopPolicy"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ILoopPolicy LoopPolicy
    {
        get => _loopPolicy;
        init => _loopPolicy = value ?? throw new ArgumentNullException(nameof(LoopPolicy));
    }

    /// <summary>
    /// Amends each turn's assessment before the loop policy reads it: the place for evidence the SDK cannot see, such
    /// as the host's task system (<see cref="PostTurnAssessment.Task"/>), stops read from the text, or a runtime stop.
    /// Return the assessment, or a copy with changes (<c>a =&gt; a with { Task = new TaskEvidence(StopReason.UserBlocker) }</c>).
    /// </summary>
    public Func<PostTurnAssessment, PostTurnAssessment>? AssessTurn { get; init; }

    /// <summary>
    /// Where runs keep what they need to be resumed after their process dies (conversation, turn ends, checkpoints,
    /// tool results): <see cref="FileRunStore"/>, or your own. <see langword="null"/> (the default) keeps nothing.
    /// </summary>
    public IRunStore? RunStore { get; init; }

    /// <summary>The most turns a run may take; a continue decision beyond it finishes the run as blocked. Default 50.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxTurns
    {
        get => _maxTurns;
        init => _maxTurns = value >= 1
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
        init => _repeatedActionLimit = value >= 2
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RepeatedActionLimit), value, "A repetition needs at least 2 turns.");
    }

    /// <summary>The verification gates checked, in order, when the run proposes to finish. Default none.</summary>
    /// <exception cref="ArgumentNullException">The value, or one of its checks, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two checks share a gate id.</exception>
    public IReadOnlyList<IVerificationCheck> Checks
    {
        get => _checks;
        init
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
        init => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    }

    /// <summary>Source of retry jitter, returning values in [0, 1). Default <see cref="Random.Shared"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public Func<double> RandomSource
    {
        get => _randomSource;
        init => _randomSource = value ?? throw new ArgumentNullException(nameof(RandomSource));
    }

    /// <summary>How long a call of a tool without its own <see cref="AgentTool.Timeout"/> may take. Default 2 minutes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan DefaultToolTimeout
    {
        get => _defaultToolTimeout;
        init => _defaultToolTimeout = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DefaultToolTimeout), value, "The default tool timeout must be positive.");
    }

    /// <summary>
    /// The chat options of every request (model id, temperature…); copied per request. When they hold no tools, the
    /// registry's tools are declared.
    /// </summary>
    public ChatOptions? ChatOptions { get; init; }

    /// <summary>A system message put first in the conversation, or <see langword="null"/> for none.</summary>
    public string? SystemPrompt { get; init; }

    /// <summary>
    /// A JSON Lines file every event is appended to, flushed line by line (<see cref="RunTrace"/>); <see langword="null"/>
    /// for none. Runs of one process that share the file write whole lines in turn, each line naming its run.
    /// </summary>
    public string? TracePath { get; init; }

    /// <summary>
    /// Called with every event as it happens, before it is offered to <see cref="AgentRun.Events"/>. Calls are
    /// serialized, never concurrent; keep them quick, the run waits for them. An exception thrown here fails the run.
    /// </summary>
    public Action<RunEvent>? OnEvent { get; init; }
}
