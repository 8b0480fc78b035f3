using System;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Imp;

/// <summary>Adds a <see cref="RetryingChatClient"/> to a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class RetryingChatClientBuilderExtensions
{
    /// <summary>
    /// Retries the failures of the clients after this point in the pipeline, as Microsoft.Extensions.AI's own
    /// <c>Use…</c> methods are shaped: <paramref name="configure"/> sets the options, and the builder's service provider
    /// supplies the <see cref="TimeProvider"/> (unless the options name one) and the <see cref="ILoggerFactory"/> that
    /// receives Polly's telemetry of the client's pipeline.
    /// </summary>
    /// <param name="builder">The pipeline.</param>
    /// <param name="configure">Sets the options, starting from imp-core's defaults; <see langword="null"/> keeps them.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The configured policy fails <see cref="RetryPolicy.Validate"/>.</exception>
    public static ChatClientBuilder UseImpRetry(this ChatClientBuilder builder, Action<RetryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RetryOptions();
        configure?.Invoke(options);

        // Checked here, so a bad policy fails where the pipeline is configured rather than at its first call.
        options.Validate();
        return builder.Use((inner, services) =>
        {
            var resolved = options with { };
            resolved.TimeProvider ??= services.GetService<TimeProvider>();
            return new RetryingChatClient(inner, resolved, services.GetService<ILoggerFactory>());
        });
    }
}
