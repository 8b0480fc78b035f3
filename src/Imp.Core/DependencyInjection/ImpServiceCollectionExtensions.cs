using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Imp;

/// <summary>Registers imp's runner and retry in an <see cref="IServiceCollection"/>.</summary>
public static class ImpServiceCollectionExtensions
{
    /// <summary>The name of the pipeline <see cref="AddImpRetryPipeline"/> registers by default.</summary>
    public const string DefaultPipelineName = "imp-retry";

    /// <summary>
    /// Registers a <see cref="TurnRunner"/> (a singleton: a runner holds only configuration) over the container's
    /// <see cref="IChatClient"/> and tools, with <see cref="TurnRunnerOptions"/> configured by <paramref name="configure"/>
    /// (and any other <c>Configure&lt;TurnRunnerOptions&gt;</c>). The container's <see cref="TimeProvider"/> and
    /// <see cref="ILoggerFactory"/> are used unless the options set their own.
    /// </summary>
    /// <remarks>
    /// Tools: a registered <see cref="ToolRegistry"/> if there is one, else every registered <see cref="AITool"/>
    /// (<see cref="AgentTool"/>s, <see cref="AIFunction"/>s, MCP tools), in registration order. Register the model with
    /// Microsoft.Extensions.AI's <c>AddChatClient</c>, without a retry of its own: the runner retries.
    /// </remarks>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets the runner's options; <see langword="null"/> keeps the defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddImpTurnRunner(this IServiceCollection services, Action<TurnRunnerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<TurnRunnerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(static provider =>
        {
            var configured = provider.GetRequiredService<IOptions<TurnRunnerOptions>>().Value with { };
            if (provider.GetService<TimeProvider>() is { } clock && ReferenceEquals(configured.TimeProvider, TimeProvider.System))
            {
                configured.TimeProvider = clock;
            }

            configured.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            var tools = provider.GetService<ToolRegistry>() ?? new ToolRegistry(provider.GetServices<AITool>());
            return new TurnRunner(provider.GetRequiredService<IChatClient>(), tools, configured);
        });
        return services;
    }

    /// <summary>
    /// Registers a named Polly pipeline holding imp's retry (<see cref="ImpRetryResilienceExtensions.AddImpRetry(ResiliencePipelineBuilder, RetryOptions?)"/>),
    /// through Polly.Extensions: resolve it with <c>ResiliencePipelineProvider&lt;string&gt;.GetPipeline(name)</c>. Polly's
    /// telemetry reaches the container's <see cref="ILoggerFactory"/> and its <c>Polly</c> meter, and the container's
    /// <see cref="TimeProvider"/> times the delays. Hand it to <see cref="StreamRetry.Create{T}(Func{System.Threading.CancellationToken, IAsyncEnumerable{T}}, StreamRetryRules{T}, ResiliencePipeline)"/>
    /// or run any call through it.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="name">The pipeline's name; <see cref="DefaultPipelineName"/> by default.</param>
    /// <param name="configure">Sets the retry options; <see langword="null"/> keeps imp-core's defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddImpRetryPipeline(this IServiceCollection services, string name = DefaultPipelineName, Action<RetryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        var options = new RetryOptions();
        configure?.Invoke(options);
        options.Validate();
        services.AddResiliencePipeline(name, (builder, context) =>
        {
            if (context.ServiceProvider.GetService<TimeProvider>() is { } clock && options.TimeProvider is null)
            {
                builder.TimeProvider = clock;
            }
            else if (options.TimeProvider is { } own)
            {
                builder.TimeProvider = own;
            }

            builder.AddImpRetry(options);
        });
        return services;
    }
}
