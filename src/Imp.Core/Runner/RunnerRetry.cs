using System;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>The runner's retrying client: the host's <see cref="TurnRunnerOptions.Retry"/>, with the run's clock and its retry events.</summary>
internal static class RunnerRetry
{
    /// <summary>
    /// Wraps <paramref name="model"/> in a <see cref="RetryingChatClient"/> whose options are the runner's retry options,
    /// timed by the runner's clock unless they name one, and which reports each retry to <paramref name="onRetry"/>
    /// before the host's own <see cref="RetryOptions.OnRetry"/>.
    /// </summary>
    public static RetryingChatClient Wrap(IChatClient model, TurnRunnerOptions options, Action<RetryAttempt> onRetry)
    {
        var retry = options.Retry with { };
        retry.TimeProvider ??= options.TimeProvider;
        var hostOnRetry = retry.OnRetry;
        retry.OnRetry = (attempt, cancellationToken) =>
        {
            onRetry(attempt);
            return hostOnRetry?.Invoke(attempt, cancellationToken) ?? ValueTask.CompletedTask;
        };
        return new RetryingChatClient(model, retry, options.LoggerFactory);
    }
}
