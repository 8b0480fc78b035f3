using System;

namespace Imp;

/// <summary>Clock, timeout and progress callbacks for <see cref="ToolPlanExecutor.ExecuteAsync"/>.</summary>
public sealed record ToolExecutionOptions
{
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly TimeSpan _defaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The options used when none are given.</summary>
    internal static ToolExecutionOptions Default { get; } = new();

    /// <summary>The clock that times calls and their timeouts. Default <see cref="TimeProvider.System"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public TimeProvider TimeProvider
    {
        get => _timeProvider;
        init => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    }

    /// <summary>How long a call of a tool without its own <see cref="AgentTool.Timeout"/> may take. Default 2 minutes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan DefaultTimeout
    {
        get => _defaultTimeout;
        init => _defaultTimeout = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DefaultTimeout), value, "The default tool timeout must be positive.");
    }

    /// <summary>Called as a call starts, always in index order within the concurrent batch and within the sequential part.</summary>
    public Action<PlannedToolCall>? OnStarted { get; init; }

    /// <summary>Called as a call ends, with its result. Read-only calls end in any order, so this may be called from several threads at once.</summary>
    public Action<ToolCallResult>? OnFinished { get; init; }
}
