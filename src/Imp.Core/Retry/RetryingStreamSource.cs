using System;
using System.Collections.Generic;
using System.Threading;
using Polly;

namespace Imp;

/// <summary>The stream <see cref="StreamRetry.Create{T}"/> returns: its inputs and the shared pipeline for its clock.</summary>
internal sealed class RetryingStreamSource<T> : IAsyncEnumerable<T>
{
    public RetryingStreamSource(Func<CancellationToken, IAsyncEnumerable<T>> open, RetryPolicy policy, StreamRetryOptions<T> options)
    {
        Open = open;
        Policy = policy;
        Options = options;
        Pipeline = StreamRetryPipeline.For(options.TimeProvider);
    }

    public Func<CancellationToken, IAsyncEnumerable<T>> Open { get; }

    public RetryPolicy Policy { get; }

    public StreamRetryOptions<T> Options { get; }

    public ResiliencePipeline<AttemptOutcome> Pipeline { get; }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new RetryingStreamEnumerator<T>(this, cancellationToken);
}
