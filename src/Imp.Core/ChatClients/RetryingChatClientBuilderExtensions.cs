using System;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>Adds a <see cref="RetryingChatClient"/> to a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class RetryingChatClientBuilderExtensions
{
    /// <summary>Retries the failures of the clients after this point in the pipeline with <paramref name="policy"/>.</summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="policy">Retries, delays and retried kinds of failure.</param>
    /// <param name="configure">Sets the other options (clock, jitter, notification, translation), starting from the defaults with <paramref name="policy"/>.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policy"/> fails <see cref="RetryPolicy.Validate"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="configure"/> returned <see langword="null"/>.</exception>
    public static ChatClientBuilder UseImpRetry(
        this ChatClientBuilder builder,
        RetryPolicy policy,
        Func<RetryingChatClientOptions, RetryingChatClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        var options = new RetryingChatClientOptions { RetryPolicy = policy };
        if (configure is not null)
        {
            options = configure(options)
                ?? throw new InvalidOperationException("The UseImpRetry configure callback returned null; return the options, changed with 'with { ... }'.");
        }

        return builder.UseImpRetry(options);
    }

    /// <summary>Retries the failures of the clients after this point in the pipeline with <paramref name="options"/>.</summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="options">Policy, clock, jitter, notification and translation.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options' policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static ChatClientBuilder UseImpRetry(this ChatClientBuilder builder, RetryingChatClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        // Checked here, so a bad policy fails where the pipeline is configured rather than at its first call.
        options.RetryPolicy.Validate();
        return builder.Use(inner => new RetryingChatClient(inner, options));
    }
}
