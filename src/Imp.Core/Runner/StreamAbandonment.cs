using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>Disposes a model stream the run stopped waiting for, once its pending read returns, off the run's path.</summary>
internal static class StreamAbandonment
{
    public static void DisposeWhenDone<T>(Task<bool> pending, IAsyncEnumerator<T> stream) =>
        pending.ContinueWith(
            static async (read, state) =>
            {
                _ = read.Exception; // observed: a stream that fails after it was abandoned is nobody's error
                try
                {
                    await ((IAsyncEnumerator<T>)state!).DisposeAsync().ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Nobody waits for an abandoned stream; its disposal failing must not surface anywhere.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            },
            stream,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
