using System.Collections.Generic;
using System.Text.Json;
using Imp.Json;
using Orleans;

namespace Imp.Orleans;

/// <summary>How a run ended: the parts of <see cref="RunResult"/> a client needs, in a shape that crosses the wire.</summary>
[GenerateSerializer]
[Alias("imp.run-outcome")]
public sealed record RunOutcome
{
    /// <summary>The final status in imp's wire JSON (<c>{"type":"done","reason":"work_completed"}</c>); <see cref="Status"/> reads it.</summary>
    [Id(0)]
    public required string StatusJson { get; init; }

    /// <summary>How many turns ran.</summary>
    [Id(1)]
    public uint Turns { get; init; }

    /// <summary>The text of the model's last message, when it had one.</summary>
    [Id(2)]
    public string? Answer { get; init; }

    /// <summary>Follow-up messages no turn took, oldest first.</summary>
    [Id(3)]
    public IReadOnlyList<string> UnusedFollowUps { get; init; } = [];

    /// <summary>The final status.</summary>
    public RunFinalStatus Status => JsonSerializer.Deserialize(StatusJson, ImpJson.TypeInfo<RunFinalStatus>())!;

    /// <summary>The outcome of <paramref name="result"/>.</summary>
    public static RunOutcome From(RunResult result)
    {
        System.ArgumentNullException.ThrowIfNull(result);
        string? answer = null;
        for (int i = result.Messages.Count - 1; i >= 0; i--)
        {
            if (result.Messages[i].Role == Microsoft.Extensions.AI.ChatRole.Assistant)
            {
                answer = result.Messages[i].Text;
                break;
            }
        }

        return new RunOutcome
        {
            StatusJson = JsonSerializer.Serialize(result.Status, ImpJson.TypeInfo<RunFinalStatus>()),
            Turns = result.Turns,
            Answer = answer,
            UnusedFollowUps = [.. result.UnusedFollowUps],
        };
    }
}
