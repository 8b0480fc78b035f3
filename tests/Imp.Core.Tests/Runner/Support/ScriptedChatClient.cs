using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Core.Tests.Runner.Support;

/// <summary>
/// A model that plays back one script per request: each script is a list of steps (an update to yield, an
/// exception to throw, or an action to run between updates). Records every request it was sent.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly ConcurrentQueue<Beat[]> _scripts;
    private readonly Func<Beat[]>? _afterScripts;

    public ScriptedChatClient(IEnumerable<Beat[]> scripts, Func<Beat[]>? afterScripts = null)
    {
        _scripts = new ConcurrentQueue<Beat[]>(scripts);
        _afterScripts = afterScripts;
    }

    /// <summary>The messages of every request, copied at the time of the request.</summary>
    public List<ChatMessage[]> Requests { get; } = [];

    /// <summary>The options of every request.</summary>
    public List<ChatOptions?> Options { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The runner streams.");

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        lock (Requests)
        {
            Requests.Add([.. messages]);
            Options.Add(options);
        }

        Beat[] script = _scripts.TryDequeue(out Beat[]? next)
            ? next
            : _afterScripts?.Invoke() ?? throw new InvalidOperationException($"The model was sampled {Requests.Count} times; the script has no more responses.");
        foreach (Beat beat in script)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (beat)
            {
                case Beat.Emit update:
                    yield return update.Value;
                    break;
                case Beat.Fault fault:
                    throw fault.Error;
                case Beat.Act action:
                    await action.Action(cancellationToken);
                    break;
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>One step of a scripted response.</summary>
    public abstract record Beat
    {
        public sealed record Emit(ChatResponseUpdate Value) : Beat;

        public sealed record Fault(Exception Error) : Beat;

        public sealed record Act(Func<CancellationToken, Task> Action) : Beat;
    }
}

/// <summary>Short ways to write scripts.</summary>
public static class Say
{
    public static ScriptedChatClient.Beat Start(string model = "scripted") =>
        new ScriptedChatClient.Beat.Emit(new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = model });

    public static ScriptedChatClient.Beat Text(string text) =>
        new ScriptedChatClient.Beat.Emit(new ChatResponseUpdate(ChatRole.Assistant, text));

    public static ScriptedChatClient.Beat Call(string id, string name, string argumentsJson = "{}") =>
        new ScriptedChatClient.Beat.Emit(new ChatResponseUpdate(ChatRole.Assistant, [FunctionCallContent.CreateFromParsedArguments(argumentsJson, id, name, ParseArguments)]));

    public static ScriptedChatClient.Beat Error(string message, string code) =>
        new ScriptedChatClient.Beat.Emit(new ChatResponseUpdate(ChatRole.Assistant, [new ErrorContent(message) { ErrorCode = code }]));

    public static ScriptedChatClient.Beat Finish(string reason) =>
        new ScriptedChatClient.Beat.Emit(new ChatResponseUpdate { FinishReason = new ChatFinishReason(reason) });

    public static ScriptedChatClient.Beat Throw(Exception error) => new ScriptedChatClient.Beat.Fault(error);

    public static ScriptedChatClient.Beat Do(Func<CancellationToken, Task> action) => new ScriptedChatClient.Beat.Act(action);

    public static ScriptedChatClient.Beat Do(Action action) => new ScriptedChatClient.Beat.Act(_ =>
    {
        action();
        return Task.CompletedTask;
    });

    /// <summary>A whole text answer.</summary>
    public static ScriptedChatClient.Beat[] Answer(params string[] deltas) => [Start(), .. deltas.Select(Text), Finish("stop")];

    /// <summary>A whole answer that calls tools: (id, name, arguments JSON).</summary>
    public static ScriptedChatClient.Beat[] Calls(params (string Id, string Name, string Arguments)[] calls) =>
        [Start(), .. calls.Select(c => Call(c.Id, c.Name, c.Arguments)), Finish("tool_calls")];

    private static Dictionary<string, object?> ParseArguments(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(json)
        ?? throw new System.Text.Json.JsonException("The arguments are null.");
}
