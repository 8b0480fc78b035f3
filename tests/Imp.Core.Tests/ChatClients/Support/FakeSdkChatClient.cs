using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Imp.Core.Tests.ChatClients.Support;

/// <summary>
/// A chat client shaped like a provider SDK: it sends each call over its <see cref="HttpClient"/> and turns a failed
/// status into an exception of its own that carries neither the status nor the headers in any form imp knows.
/// </summary>
public sealed class FakeSdkChatClient(HttpClient http) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        new(new ChatMessage(ChatRole.Assistant, await SendAsync(cancellationToken)));

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new ChatResponseUpdate(ChatRole.Assistant, await SendAsync(cancellationToken));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private async Task<string> SendAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri("http://sdk.test/v1/messages"), new StringContent("{}"), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? body : throw new SdkException($"The API said {(int)response.StatusCode}: {body}");
    }

    public sealed class SdkException(string message) : Exception(message);
}
