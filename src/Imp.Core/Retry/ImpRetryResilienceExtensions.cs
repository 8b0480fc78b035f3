using System;
using System.Diagnostics.CodeAnalysis;
using Polly;
using Polly.Retry;

namespace Imp;

/// <summary>Adds imp's retry to a Polly pipeline of your own.</summary>
public static class ImpRetryResilienceExtensions
{
    /// <summary>
    /// Adds imp's retry (imp-core's backoff, <see cref="RetryClassifier"/>'s classification, Retry-After honoured up to
    /// <see cref="RetryPolicy.MaxDelay"/>, the callbacks of <paramref name="options"/>) as a retry strategy named
    /// <c>ImpRetry</c>. The pipeline's <see cref="ResiliencePipelineBuilderBase.TimeProvider"/> times the delays, and
    /// its telemetry (Polly.Extensions' <c>ConfigureTelemetry</c>, or a pipeline registered with
    /// <c>AddResiliencePipeline</c>) reports each retry to your logger and meter.
    /// </summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="options">How to retry; imp-core's defaults when <see langword="null"/>. Copied here.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static ResiliencePipelineBuilder AddImpRetry(this ResiliencePipelineBuilder builder, RetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRetry(ImpRetryStrategy.Configure<RetryStrategyOptions, object>(new RetryStrategyOptions(), Checked(options)));
    }

    /// <summary>Adds imp's retry to a pipeline of <typeparamref name="TResult"/>; see <see cref="AddImpRetry(ResiliencePipelineBuilder, RetryOptions?)"/>.</summary>
    /// <typeparam name="TResult">The pipeline's result type.</typeparam>
    /// <param name="builder">The pipeline.</param>
    /// <param name="options">How to retry; imp-core's defaults when <see langword="null"/>. Copied here.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static ResiliencePipelineBuilder<TResult> AddImpRetry<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TResult>(this ResiliencePipelineBuilder<TResult> builder, RetryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRetry(ImpRetryStrategy.Configure<RetryStrategyOptions<TResult>, TResult>(new RetryStrategyOptions<TResult>(), Checked(options)));
    }

    private static RetryOptions Checked(RetryOptions? options)
    {
        var copy = options is null ? new RetryOptions() : options with { };
        copy.Validate();
        return copy;
    }
}
