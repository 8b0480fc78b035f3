using System;

namespace Imp.Orleans.Demo;

/// <summary>How a fleet silo or client is set up.</summary>
public sealed record FleetSettings
{
    /// <summary>The Redis connection string (<c>localhost:6379</c>); <see langword="null"/> for one in-memory silo on localhost (the quick start).</summary>
    public string? Redis { get; init; }

    /// <summary>The cluster's id: silos and clients with the same id form one cluster.</summary>
    public string ClusterId { get; init; } = "imp-fleet";

    /// <summary>The silo-to-silo port.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>The port clients connect to.</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>Where the tools write their side-effect logs.</summary>
    public required string Folder { get; init; }

    /// <summary>How long each model answer takes.</summary>
    public TimeSpan ModelDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How often a durable reminder wakes an unfinished run's grain; short here so the demo shows runs resuming with nobody calling them.</summary>
    public TimeSpan ResumeReminderPeriod { get; init; } = TimeSpan.FromSeconds(5);
}
