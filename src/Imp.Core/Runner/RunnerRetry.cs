using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// The runner's retrying clients: built once per runner (a Polly pipeline is not free), with the host's
/// <see cref="TurnRunnerOptions.Retry"/>, the runner's clock unless the options name one, and each retry reported to the
/// run that is sampling (found through the async flow) before the host's own <see cref="RetryOptions.OnRetry"/>.
/// </summary>
internal sealed class RunnerRetry
{
    private static readonly AsyncLocal<Action<RetryAttempt>?> CurrentRun = new();

    private readonly IChatClient _model;
    private readonly TurnRunnerOptions _options;
    private RetryingChatClient? _instrumented;

    public RunnerRetry(IChatClient model, TurnRunnerOptions options)
    {
        _model = model;
        _options = options;
        Plain = Wrap(model);
    }

    /// <summary>The client for runs nobody traces.</summary>
    public RetryingChatClient Plain { get; }

    /// <summary>The client for a run starting now: with Microsoft.Extensions.AI's chat spans when someone listens.</summary>
    public RetryingChatClient ForRun() => RunTelemetry.IsListenedTo
        ? _instrumented ??= Wrap(RunTelemetry.Instrument(_model, _options))
        : Plain;

    /// <summary>Reports the retries of the calling flow's sampling to <paramref name="onRetry"/> (the run's own flow).</summary>
    public static void ReportTo(Action<RetryAttempt> onRetry) => CurrentRun.Value = onRetry;

    private RetryingChatClient Wrap(IChatClient model)
    {
        var retry = _options.Retry with { };
        retry.TimeProvider ??= _options.TimeProvider;
        var hostOnRetry = retry.OnRetry;
        retry.OnRetry = (attempt, cancellationToken) =>
        {
            CurrentRun.Value?.Invoke(attempt);
            return hostOnRetry?.Invoke(attempt, cancellationToken) ?? ValueTask.CompletedTask;
        };
        return new RetryingChatClient(model, retry, _options.LoggerFactory);
    }
}
