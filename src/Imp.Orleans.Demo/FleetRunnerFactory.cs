using System;
using Imp.Demo.Durable;

namespace Imp.Orleans.Demo;

/// <summary>
/// Builds the fleet's runners: the scripted model, the tools writing into <c>folder</c>, no retries. A profile
/// <c>delay-ms=N</c> makes the model take N ms per answer instead of <c>modelDelay</c>.
/// </summary>
/// <param name="folder">Where the tools write their logs.</param>
/// <param name="modelDelay">How long each model answer takes.</param>
public sealed class FleetRunnerFactory(string folder, TimeSpan modelDelay) : IAgentRunnerFactory
{
    /// <inheritdoc/>
    public TurnRunner Create(string runId, string? profile, TurnRunnerOptions options) =>
        new(new DurableModel(Delay(profile), "imp-fleet-model"), FleetTools.For(folder, runId), options with { Retry = new RetryOptions { Policy = new RetryPolicy { MaxRetries = 0 } } });

    private TimeSpan Delay(string? profile) =>
        profile is not null && profile.StartsWith("delay-ms=", StringComparison.Ordinal)
            && int.TryParse(profile.AsSpan("delay-ms=".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ms)
            ? TimeSpan.FromMilliseconds(ms)
            : modelDelay;
}
