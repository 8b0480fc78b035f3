using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace Imp.Agents;

/// <summary>
/// A <see cref="TurnRunner"/> as a Microsoft Agent Framework <see cref="AIAgent"/>: each run takes the session's
/// conversation plus the new messages through the runner (its loop, tools, retries, gates and telemetry) and answers with
/// the messages the run added. Host it, or compose it in Agent Framework workflows, like any other agent.
/// </summary>
/// <remarks>
/// <para>The response's <see cref="AgentResponse.AdditionalProperties"/> carry the run's final status under
/// <see cref="StatusKey"/> (its wire JSON) and its <see cref="AgentResponse.RawRepresentation"/> is the <see cref="RunResult"/>.
/// Streaming yields an update per assistant message and per tool result as they happen, then one carrying the status.</para>
/// <para>A run that cannot finish is an outcome, not an exception: a failed, blocked or cancelled run still answers,
/// with its status. Only cancelling the token of a streaming call throws.</para>
/// </remarks>
public sealed class ImpAgent : AIAgent
{
    /// <summary>The additional property that holds the run's final status, as imp's wire JSON.</summary>
    public const string StatusKey = "imp.status";

    private static readonly JsonTypeInfo<List<ChatMessage>> MessagesInfo =
        (JsonTypeInfo<List<ChatMessage>>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(List<ChatMessage>));

    private readonly TurnRunner _runner;
    private readonly string? _name;
    private readonly string? _description;

    /// <summary>Creates an agent that runs <paramref name="runner"/>.</summary>
    /// <param name="runner">The runner.</param>
    /// <param name="name">The agent's name; the runner's <see cref="TurnRunnerOptions.AgentName"/> when <see langword="null"/>.</param>
    /// <param name="description">What the agent does, for other agents and hosts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="runner"/> is <see langword="null"/>.</exception>
    public ImpAgent(TurnRunner runner, string? name = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runner = runner;
        _name = name ?? runner.Options.AgentName;
        _description = description;
    }

    /// <inheritdoc/>
    public override string? Name => _name;

    /// <inheritdoc/>
    public override string? Description => _description;

    /// <summary>The runner the agent runs.</summary>
    public TurnRunner Runner => _runner;

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(TurnRunner) ? _runner : base.GetService(serviceType, serviceKey);

    /// <inheritdoc/>
    protected override ValueTask<AgentSession> CreateSessionCoreAsync(CancellationToken cancellationToken = default) =>
        new(new ImpAgentSession());

    /// <inheritdoc/>
    protected override ValueTask<JsonElement> SerializeSessionCoreAsync(AgentSession session, JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default)
    {
        var own = Own(session);
        return new(JsonSerializer.SerializeToElement(own.Messages, MessagesInfo));
    }

    /// <inheritdoc/>
    protected override ValueTask<AgentSession> DeserializeSessionCoreAsync(JsonElement serializedState, JsonSerializerOptions? jsonSerializerOptions = null, CancellationToken cancellationToken = default)
    {
        var messages = serializedState.ValueKind == JsonValueKind.Array
            ? serializedState.Deserialize(MessagesInfo) ?? []
            : throw new ArgumentException($"An ImpAgent session is a JSON array of messages, but this is {serializedState.ValueKind}.", nameof(serializedState));
        return new(new ImpAgentSession(messages));
    }

    /// <inheritdoc/>
    protected override async Task<AgentResponse> RunCoreAsync(IEnumerable<ChatMessage> messages, AgentSession? session = null, AgentRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var own = session is null ? new ImpAgentSession() : Own(session);
        var conversation = Conversation(own, messages);
        RunResult result = await _runner.RunAsync(conversation, cancellationToken).ConfigureAwait(false);
        var added = Record(own, conversation.Count, result);
        var response = new AgentResponse(added) { AgentId = Id, RawRepresentation = result, FinishReason = ChatFinishReason.Stop };
        (response.AdditionalProperties ??= [])[StatusKey] = StatusJson(result.Status);
        return response;
    }

    /// <inheritdoc/>
    protected override async IAsyncEnumerable<AgentResponseUpdate> RunCoreStreamingAsync(
        IEnumerable<ChatMessage> messages,
        AgentSession? session = null,
        AgentRunOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var own = session is null ? new ImpAgentSession() : Own(session);
        var conversation = Conversation(own, messages);
        AgentRun run = _runner.Start(conversation, cancellationToken);
        string responseId = Guid.NewGuid().ToString("N");
        await foreach (RunEvent runEvent in run.Events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Update(runEvent) is { } update)
            {
                update.AgentId = Id;
                update.AuthorName = Name;
                update.ResponseId = responseId;
                yield return update;
            }
        }

        RunResult result = await run.Completion.ConfigureAwait(false);
        Record(own, conversation.Count, result);
        var last = new AgentResponseUpdate(ChatRole.Assistant, []) { AgentId = Id, ResponseId = responseId, RawRepresentation = result, FinishReason = ChatFinishReason.Stop };
        (last.AdditionalProperties ??= [])[StatusKey] = StatusJson(result.Status);
        yield return last;
    }

    private static AgentResponseUpdate? Update(RunEvent runEvent) => runEvent switch
    {
        RunEvent.AssistantMessage { Text.Length: > 0 } message => new AgentResponseUpdate(ChatRole.Assistant, message.Text),
        RunEvent.ToolFinished tool => new AgentResponseUpdate(ChatRole.Tool, [new FunctionResultContent(tool.Id, tool.Output)]),
        _ => null,
    };

    private static ImpAgentSession Own(AgentSession session) => session as ImpAgentSession
        ?? throw new ArgumentException($"An ImpAgent runs with its own sessions (ImpAgentSession), not a {session.GetType().Name}; create one with CreateSessionAsync.", nameof(session));

    private static List<ChatMessage> Conversation(ImpAgentSession session, IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return [.. session.Messages, .. messages];
    }

    /// <summary>Keeps the run's conversation in the session (without the runner's system prompt); returns what the run added.</summary>
    private List<ChatMessage> Record(ImpAgentSession session, int inputCount, RunResult result)
    {
        var all = result.Messages.ToList();
        if (_runner.Options.SystemPrompt is not null && all.Count > 0 && all[0].Role == ChatRole.System)
        {
            all.RemoveAt(0);
        }

        session.Messages.Clear();
        session.Messages.AddRange(all);
        session.LastStatus = result.Status;
        return all.Skip(inputCount).ToList();
    }

    private static string StatusJson(RunFinalStatus status) => JsonSerializer.Serialize(status, Imp.Json.ImpJson.TypeInfo<RunFinalStatus>());
}
