using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Imp.Benchmarks.Retry;

/// <summary>
/// How imp-core forwards a stream: a background task reads the upstream and sends each event through an
/// unbounded channel that the consumer reads. Retry logic is left out, so only the forwarding is measured.
/// </summary>
public static class ChannelForwarder
{
    public static async IAsyncEnumerable<T> Forward<T>(
        Func<CancellationToken, IAsyncEnumerable<T>> open,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in open(cancellationToken).WithCancellation(cancellationToken))
                    {
                        channel.Writer.TryWrite(item);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception error)
                {
                    channel.Writer.Complete(error);
                }
            },
            cancellationToken);

        await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return item;
        }

        await producer;
    }
}
