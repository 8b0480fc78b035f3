using System;
using System.Collections.Generic;
using System.Threading;
using Polly;

namespace Imp;

/// <summary>The stream <see cref="StreamRetry"/> returns: its inputs, and the pipeline that retries its start-up.</summary>
internal sealed class RetryingStreamSource<T> : IAsyncEnumerable<T>
{
    public RetryingStreamSource(Func<CancellationToken, IAsyncEnumerable<T>> open, StreamRetryRules<T> rules, RetryOptions? options, ResiliencePipeline? pipeline)
    {
        Open = open;
        Rules = rules;
        Options = options;
        UserPipeline = pipeline;
        SharedPipeline = options is null ? null : ImpRetryStrategy.SharedFor(options.TimeProvider ?? TimeProvider.System);
    }

    public Func<CancellationToken, IAsyncEnumerable<T>> Open { get; }

    public StreamRetryRules<T> Rules { get; }

    /// <summary>The options of a stream retried by a shared pipeline; <see langword="null"/> with a user's pipeline.</summary>
    public RetryOptions? Options { get; }

    /// <summary>A user's pipeline, which runs every start-up; <see langword="null"/> for a shared one.</summary>
    public ResiliencePipeline? UserPipeline { get; }

    /// <summary>The shared pipeline for the options' clock, entered only once an attempt has failed.</summary>
    public ResiliencePipeline<AttemptOutcome>? SharedPipeline { get; }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new RetryingStreamEnumerator<T>(this, cancellationToken);
}
