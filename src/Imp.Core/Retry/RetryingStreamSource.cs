using System;
using System.Collections.Generic;
using System.Threading;
using Polly;

namespace Imp;

/// <summary>The stream <see cref="StreamRetry.Create{T}"/> returns: its inputs and the retry pipeline built once for them.</summary>
internal sealed class RetryingStreamSource<T> : IAsyncEnumerable<T>
{
    public RetryingStreamSource(Func<CancellationToken, IAsyncEnumerable<T>> open, RetryPolicy policy, StreamRetryOptions<T> options)
    {
        Open = open;
        Options = options;
        Pipeline = StreamRetryPipeline.Build(policy, options);
    }

    public Func<CancellationToken, IAsyncEnumerable<T>> Open { get; }

    public StreamRetryOptions<T> Options { get; }

    public ResiliencePipeline<AttemptOutcome<T>> Pipeline { get; }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new RetryingStreamEnumerator<T>(this, cancellationToken);
}
