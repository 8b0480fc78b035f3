using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Benchmarks.Runner;

/// <summary>
/// A model that answers from prebuilt updates and never waits: with the calls when the conversation does not end in
/// tool results (and there are calls), otherwise with the text answer. Stateless, so every run sees the same script.
/// </summary>
public sealed class ScriptedModel(ChatResponseUpdate[] answer, ChatResponseUpdate[] calls) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The runner streams.");

#pragma warning disable CS1998 // A model that never waits: the worst case for the runner's relative cost.
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
#pragma warning restore CS1998
    {
        ChatResponseUpdate[] script = calls.Length > 0 && messages.LastOrDefault()?.Role != ChatRole.Tool ? calls : answer;
        foreach (ChatResponseUpdate update in script)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
