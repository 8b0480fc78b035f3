using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;

namespace Imp.Orleans;

/// <summary>Registers agent runs as grains on a silo.</summary>
public static class ImpOrleansSiloBuilderExtensions
{
    /// <summary>
    /// Hosts <see cref="IAgentRunGrain"/> on this silo, with <typeparamref name="TFactory"/> (a singleton from DI) building the runners.
    /// Add a grain storage provider named <see cref="AgentRunGrainOptions.StorageName"/> (<c>imp-runs</c>): the
    /// in-memory one for a quick start (<c>AddMemoryGrainStorage(ImpOrleans.StorageName)</c>), a real one in production
    /// (<c>AddRedisGrainStorage(ImpOrleans.StorageName, …)</c>, ADO.NET, Azure, …).
    /// </summary>
    /// <param name="builder">The silo.</param>
    /// <param name="configure">Changes the defaults of <see cref="AgentRunGrainOptions"/>.</param>
    public static ISiloBuilder AddImpAgentRuns<TFactory>(this ISiloBuilder builder, Action<AgentRunGrainOptions>? configure = null)
        where TFactory : class, IAgentRunnerFactory
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IAgentRunnerFactory, TFactory>();
        return AddOptions(builder, configure);
    }

    /// <summary>Hosts <see cref="IAgentRunGrain"/> on this silo, with <paramref name="createRunner"/> building the runners (see <see cref="IAgentRunnerFactory.Create"/>).</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="createRunner">Builds the runner of a run from its id, profile and the grain's options.</param>
    /// <param name="configure">Changes the defaults of <see cref="AgentRunGrainOptions"/>.</param>
    public static ISiloBuilder AddImpAgentRuns(this ISiloBuilder builder, Func<string, string?, TurnRunnerOptions, TurnRunner> createRunner, Action<AgentRunGrainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(createRunner);
        builder.Services.AddSingleton<IAgentRunnerFactory>(new DelegateRunnerFactory(createRunner));
        return AddOptions(builder, configure);
    }

    private static ISiloBuilder AddOptions(ISiloBuilder builder, Action<AgentRunGrainOptions>? configure)
    {
        builder.Services.AddOptions<AgentRunGrainOptions>()
            .Configure(o => configure?.Invoke(o))
            .Validate(o => !string.IsNullOrWhiteSpace(o.StorageName), "AgentRunGrainOptions.StorageName needs the name of a grain storage provider.");
        return builder;
    }

    private sealed class DelegateRunnerFactory(Func<string, string?, TurnRunnerOptions, TurnRunner> create) : IAgentRunnerFactory
    {
        public TurnRunner Create(string runId, string? profile, TurnRunnerOptions options) => create(runId, profile, options);
    }
}
