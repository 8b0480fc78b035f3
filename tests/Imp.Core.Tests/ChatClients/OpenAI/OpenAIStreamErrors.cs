using System.Collections.Generic;
using System.Threading.Tasks;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.AI;

namespace Imp.Core.Tests.ChatClients.OpenAI;

/// <summary>
/// What a host puts between the OpenAI SDK and the runner to see in-stream errors: the SDK (2.14) reads a
/// <c>data: {"error":…}</c> chunk as an update with no content and throws nothing, so Microsoft.Extensions.AI shows an
/// empty update. The chunk is still in the update's raw representation; this turns it into an <see cref="ErrorContent"/>
/// (a <c>server_error</c> as status 500) that <see cref="ChatUpdateRetryRules.InBandError"/> classifies.
/// </summary>
public sealed class OpenAIStreamErrors(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update.Contents.Count == 0 && ErrorOf(update) is { } error ? new ChatResponseUpdate(update.Role, new List<AIContent> { error }) : update;
        }
    }

    private static ErrorContent? ErrorOf(ChatResponseUpdate update)
    {
        if (update.RawRepresentation is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(ModelReaderWriter.Write(update.RawRepresentation).ToString());
        if (!json.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
        return new ErrorContent(error.GetProperty("message").GetString())
        {
            ErrorCode = type switch
            {
                "server_error" => "500",
                "rate_limit_exceeded" => "429",
                _ => type,
            },
        };
    }
}
