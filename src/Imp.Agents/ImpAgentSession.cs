using System.Collections.Generic;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace Imp.Agents;

/// <summary>
/// A conversation with an <see cref="ImpAgent"/>: every message of its runs so far (user input, the model's answers and
/// tool calls, tool results), without the system prompt, which the runner adds to each run.
/// </summary>
public sealed class ImpAgentSession : AgentSession
{
    /// <summary>Creates an empty session.</summary>
    public ImpAgentSession()
    {
    }

    /// <summary>Creates a session that continues <paramref name="messages"/>.</summary>
    /// <param name="messages">The conversation so far.</param>
    public ImpAgentSession(IEnumerable<ChatMessage> messages) => Messages.AddRange(messages);

    /// <summary>The conversation so far, oldest first.</summary>
    public List<ChatMessage> Messages { get; } = [];

    /// <summary>The final status of the last run, or <see langword="null"/> before the first.</summary>
    public RunFinalStatus? LastStatus { get; internal set; }
}
