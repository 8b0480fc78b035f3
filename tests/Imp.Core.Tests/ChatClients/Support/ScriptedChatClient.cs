using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.AI;

namespace Imp.Core.Tests.ChatClients.Support;

/// <summary>
/// An inner <see cref="IChatClient"/> whose streamed attempts follow a script (see <see cref="ScriptedSource{T}"/>:
/// every enumerator it hands out is recorded) and whose <see cref="GetResponseAsync"/> calls answer from a function
/// of the call number, which may throw.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Func<int, ChatResponse>? _responses;
    private int _responseCalls;

    public ScriptedChatClient(params IReadOnlyList<ScriptStep<ChatResponseUpdate>>[] attempts)
    {
        Stream = new ScriptedSource<ChatResponseUpdate>(attempts, async: true);
    }

    public ScriptedChatClient(Func<int, ChatResponse> responses)
    {
        Stream = new ScriptedSource<ChatResponseUpdate>([[]]);
        _responses = responses;
    }

    /// <summary>The streamed attempts: calls, tokens and every enumerator handed out.</summary>
    public ScriptedSource<ChatResponseUpdate> Stream { get; }

    /// <summary>Calls of <see cref="GetResponseAsync"/> so far.</summary>
    public int ResponseCalls => Volatile.Read(ref _responseCalls);

    /// <summary>The messages each call (streamed or not) was given, in order.</summary>
    public List<ChatMessage[]> Messages { get; } = [];

    /// <summary>The tokens each <see cref="GetResponseAsync"/> call was given.</summary>
    public List<CancellationToken> ResponseTokens { get; } = [];

    public static ScriptStep<ChatResponseUpdate> Text(string text) =>
        Script.Yield(new ChatResponseUpdate(ChatRole.Assistant, text) { MessageId = "msg" });

    public static ScriptStep<ChatResponseUpdate> Preamble(string responseId) =>
        Script.Yield(new ChatResponseUpdate { Role = ChatRole.Assistant, ResponseId = responseId, MessageId = "msg" });

    public static ScriptStep<ChatResponseUpdate> Usage(long outputTokens) =>
        Script.Yield(new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(new UsageDetails { OutputTokenCount = outputTokens })]));

    public static ScriptStep<ChatResponseUpdate> ErrorUpdate(string message, string? code) =>
        Script.Yield(new ChatResponseUpdate(ChatRole.Assistant, [new ErrorContent(message) { ErrorCode = code }]));

    public static ScriptStep<ChatResponseUpdate> Fail(Exception error) => Script.Throw<ChatResponseUpdate>(error);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Messages.Add(messages.ToArray());
        ResponseTokens.Add(cancellationToken);
        var call = Interlocked.Increment(ref _responseCalls) - 1;
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return (_responses ?? throw new InvalidOperationException("This scripted client streams only."))(call);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Messages.Add(messages.ToArray());
        return Stream.Open(cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
