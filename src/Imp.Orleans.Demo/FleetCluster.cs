using System;
using System.Net;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;
using StackExchange.Redis;

namespace Imp.Orleans.Demo;

/// <summary>
/// The fleet's Orleans configuration. With Redis: membership, run grains' state and reminders all in one Redis
/// server, so any number of silos on any machines form one cluster and a run outlives its silo. Without: one silo,
/// in-memory storage, for a quick start.
/// </summary>
public static class FleetCluster
{
    /// <summary>Configures <paramref name="silo"/> for <paramref name="settings"/>.</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="settings">The cluster and the silo's ports.</param>
    /// <param name="primarySiloPort">Without Redis: the port of the first silo of an in-memory cluster in one process; <see langword="null"/> for a single silo.</param>
    public static void ConfigureSilo(ISiloBuilder silo, FleetSettings settings, int? primarySiloPort = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, "imp-fleet"));
        silo.AddImpAgentRuns(new FleetRunnerFactory(settings.Folder, settings.ModelDelay).Create, o => o.ResumeReminderPeriod = settings.ResumeReminderPeriod);
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        if (settings.Redis is not { } redis)
        {
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primarySiloPort is { } primary ? new IPEndPoint(IPAddress.Loopback, primary) : null);
            silo.AddMemoryGrainStorage(ImpOrleans.StorageName);
            silo.UseInMemoryReminderService();
            return;
        }

        silo.ConfigureEndpoints(IPAddress.Loopback, settings.SiloPort, settings.GatewayPort);
        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.AddRedisGrainStorage(ImpOrleans.StorageName, o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));

        // A killed silo is declared dead in a few seconds rather than Orleans' default of about half a minute.
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        });
    }

    /// <summary>Configures <paramref name="client"/> to join the cluster of <paramref name="settings"/>.</summary>
    public static void ConfigureClient(IClientBuilder client, FleetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(settings);
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, "imp-fleet"));
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
        client.Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10)); // above AgentRunClientOptions.PollInterval
        if (settings.Redis is { } redis)
        {
            client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        }
        else
        {
            client.UseLocalhostClustering(settings.GatewayPort);
        }
    }

    /// <summary>A host running one silo.</summary>
    /// <remarks>
    /// A run's records are stored synchronously (the run store's contract: a checkpoint is stored before the run goes
    /// on), so every run in flight holds a thread-pool thread while its record is written; the pool starts with enough
    /// threads for that instead of growing a couple of threads a second under a burst of runs.
    /// </remarks>
    public static IHost Silo(FleetSettings settings, int? primarySiloPort = null)
    {
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 256), io);
        return SiloHost(settings, primarySiloPort);
    }

    private static IHost SiloHost(FleetSettings settings, int? primarySiloPort) => Host.CreateDefaultBuilder()
        .UseOrleans(silo => ConfigureSilo(silo, settings, primarySiloPort))
        .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
        .Build();

    /// <summary>A host running a client of the cluster.</summary>
    public static IHost Client(FleetSettings settings) => Host.CreateDefaultBuilder()
        .UseOrleansClient(client => ConfigureClient(client, settings))
        .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Error)) // a killed silo's lost connections are expected here
        .Build();
}
