using System;

namespace Imp.Orleans.Demo;

/// <summary>Builds the fleet's runners: the scripted model, the tools writing into <c>folder</c>, no retries.</summary>
/// <param name="folder">Where the tools write their logs.</param>
/// <param name="modelDelay">How long each model answer takes.</param>
public sealed class FleetRunnerFactory(string folder, TimeSpan modelDelay) : IAgentRunnerFactory
{
    /// <inheritdoc/>
    public TurnRunner Create(string runId, string? profile, TurnRunnerOptions options) =>
        new(new FleetModel(modelDelay), FleetTools.For(folder, runId), options with { Retry = new RetryPolicy { MaxRetries = 0 } });
}
