using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>Retry callbacks that record what they are given.</summary>
public static class RetryRecording
{
    /// <summary>An <see cref="RetryOptions.OnRetry"/> that adds each attempt to <paramref name="attempts"/>.</summary>
    public static System.Func<RetryAttempt, CancellationToken, ValueTask> Recorder(this List<RetryAttempt> attempts) => (attempt, _) =>
    {
        lock (attempts)
        {
            attempts.Add(attempt);
        }

        return ValueTask.CompletedTask;
    };

    /// <summary>An <see cref="RetryOptions.OnGiveUp"/> that adds each give-up to <paramref name="giveUps"/>.</summary>
    public static System.Func<RetryGiveUp, CancellationToken, ValueTask> Recorder(this List<RetryGiveUp> giveUps) => (giveUp, _) =>
    {
        giveUps.Add(giveUp);
        return ValueTask.CompletedTask;
    };
}
