using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>What a consumer saw: the events it read, in order, and the exception that ended the stream, if any.</summary>
public sealed record Collected<T>(List<T> Events, Exception? Error);

/// <summary>Consumes retrying streams under a manual clock, firing each delay's timer as soon as it is pending.</summary>
public static class Drive
{
    /// <summary>Reads <paramref name="stream"/> (at most <paramref name="take"/> events), advancing <paramref name="time"/> whenever the stream waits.</summary>
    public static async Task<Collected<T>> CollectAsync<T>(
        IAsyncEnumerable<T> stream,
        ManualTimeProvider time,
        int take = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        var reading = ReadAsync(stream, take, cancellationToken);
        await RunAsync(reading, time);
        return await reading;
    }

    /// <summary>Fires <paramref name="time"/>'s timers until <paramref name="task"/> is done; fails a run that never ends.</summary>
    public static async Task RunAsync(Task task, ManualTimeProvider time)
    {
        // Bounded by real time, not by a count of yields: on a loaded machine an asynchronous upstream (a loopback
        // HTTP handler, say) may need many scheduler turns before it waits on the clock.
        var idle = System.Diagnostics.Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (time.AdvanceToNextTimer())
            {
                idle.Restart();
                continue;
            }

            // Nothing to fire: the stream is busy elsewhere (an asynchronous upstream); let it run.
            if (idle.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException("The stream neither finished nor waited on the clock for 20 s.");
            }

            await Task.Yield();
        }
    }

    private static async Task<Collected<T>> ReadAsync<T>(IAsyncEnumerable<T> stream, int take, CancellationToken cancellationToken)
    {
        var events = new List<T>();
        try
        {
            await using var enumerator = stream.GetAsyncEnumerator(cancellationToken);
            while (events.Count < take && await enumerator.MoveNextAsync())
            {
                events.Add(enumerator.Current);
            }
        }
        catch (Exception error)
        {
            return new(events, error);
        }

        return new(events, null);
    }
}
