using System;

namespace Imp.Orleans;

/// <summary>How an <see cref="AgentRunClient"/> waits and retries.</summary>
public sealed class AgentRunClientOptions
{
    /// <summary>How long one long poll of <see cref="AgentRunClient.WaitAsync"/> waits: below the cluster's response timeout (30 s by default).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait before calling again after a lost silo or connection.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many calls in a row may fail that way before the failure is thrown: enough for the cluster to declare a silo dead.</summary>
    public int MaxRetries { get; set; } = 120;
}
