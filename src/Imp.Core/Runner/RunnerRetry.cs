using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// The runner's retrying clients: built once per runner (a Polly pipeline is not free), with the host's
/// <see cref="TurnRunnerOptions.Retry"/> and the runner's clock unless the options name one. Each run hands its sampling
/// call a listener of its own, so its retries become its own events, before the host's <see cref="RetryOptions.OnRetry"/>
/// (see RunLoop.SampleAsync).
/// </summary>
internal sealed class RunnerRetry
{
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

    private RetryingChatClient Wrap(IChatClient model)
    {
        var retry = _options.Retry with { };
        retry.TimeProvider ??= _options.TimeProvider;
        return new RetryingChatClient(model, retry, _options.LoggerFactory);
    }
}
