using System;
using System.IO;
using System.Threading.Tasks;
using Imp.Orleans.Demo;
using Orleans.Hosting;
using Orleans.TestingHost;
using Xunit;

namespace Imp.Orleans.Tests;

/// <summary>Two in-process silos with the in-memory storage provider (the quick start), running the sample's scenario.</summary>
public sealed class InMemoryCluster : IAsyncLifetime
{
    /// <summary>Where the scenario's tools write (static: the silos are configured by type, in this process).</summary>
    public static readonly string Folder = Path.Combine(Path.GetTempPath(), "imp-orleans-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>A client of the cluster.</summary>
    public AgentRunClient Client => new(Cluster.Client, new AgentRunClientOptions { PollInterval = TimeSpan.FromSeconds(2) });

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<Silo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder
            .AddImpAgentRuns(new FleetRunnerFactory(Folder, TimeSpan.FromMilliseconds(20)).Create, o => o.ResumeReminderPeriod = null)
            .AddMemoryGrainStorage(ImpOrleans.StorageName);
    }
}

/// <summary>The tests that share <see cref="InMemoryCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class InMemoryClusterTests : ICollectionFixture<InMemoryCluster>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "in-memory cluster";
}
