using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Demo.Durable;

/// <summary>
/// The durable scenario's model: it answers from the conversation alone (how many of its own messages it holds), so a
/// process (or an Orleans silo) that resumes a run gets the same answer the dead one would have got. Turn 0 reads (two
/// read-only calls), turn 1 writes (one mutable call), turn 2 answers. Imp.Orleans.Demo compiles this same file.
/// </summary>
/// <param name="delay">How long each answer takes, as a real model's would; zero only yields.</param>
/// <param name="modelId">The model id the answers carry.</param>
internal sealed class DurableModel(TimeSpan delay = default, string modelId = "imp-durable-model") : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The demo model only streams.");

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int answered = messages.Count(m => m.Role == ChatRole.Assistant);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Task.Yield();
        }

        yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ModelId = modelId };
        AIContent[] contents = answered switch
        {
            0 => [new TextContent("Reading the notes and the folder."), Call("r1", "read_notes"), Call("r2", "list_files")],
            1 => [Call("w1", "append_log", ("line", "fixed the overflow"))],
            _ => [new TextContent("Done: the fix is logged.")],
        };
        foreach (AIContent content in contents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate { Role = ChatRole.Assistant, Contents = [content] };
        }

        yield return new ChatResponseUpdate { Role = ChatRole.Assistant, FinishReason = answered < 2 ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static FunctionCallContent Call(string id, string name, params (string Key, string Value)[] arguments) =>
        new(id, name, arguments.ToDictionary(a => a.Key, a => (object?)a.Value));
}
