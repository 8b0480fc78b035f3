using System;
using Microsoft.Extensions.AI;

namespace Imp;

/// <summary>
/// How stream retry reads a <see cref="ChatResponseUpdate"/>: which updates are preamble (held back while a retry is
/// still possible) and which report an in-band error. <see cref="RetryingChatClient"/> uses these rules; a turn runner
/// that retries chat streams itself can use the same ones.
/// </summary>
public static class ChatUpdateRetryRules
{
    /// <summary><see cref="IsPreamble"/> and <see cref="InBandError"/> as the rules of <see cref="StreamRetry"/>.</summary>
    public static StreamRetryRules<ChatResponseUpdate> Rules { get; } = new(IsPreamble, InBandError);

    /// <summary>
    /// Whether <paramref name="update"/> is preamble: it carries nothing a consumer could show or act on — no contents,
    /// or only usage, empty text and empty reasoning (a provider opening a text block). Its role, ids, model and
    /// finish reason do not count. Text, reasoning, function calls, errors and any other content are meaningful.
    /// </summary>
    /// <param name="update">The update.</param>
    /// <returns><see langword="true"/> for preamble.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is <see langword="null"/>.</exception>
    public static bool IsPreamble(ChatResponseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        foreach (var content in update.Contents)
        {
            if (!IsPreambleContent(content))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The failure <paramref name="update"/> reports in-band: its first <see cref="ErrorContent"/>, when the update carries
    /// nothing meaningful besides errors. <c>rate_limit_error</c> or code 429 is a <see cref="RateLimitedException"/>;
    /// <c>overloaded_error</c> is a <see cref="ProviderException"/> with status 529; a numeric code is taken as the HTTP
    /// status; any other code gives a <see cref="ProviderException"/> without status, which is not retried.
    /// </summary>
    /// <param name="update">The update.</param>
    /// <returns>The exception the error stands for, or <see langword="null"/> when the update reports none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is <see langword="null"/>.</exception>
    public static Exception? InBandError(ChatResponseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        ErrorContent? error = null;
        foreach (var content in update.Contents)
        {
            if (content is ErrorContent found)
            {
                error ??= found;
            }
            else if (!IsPreambleContent(content))
            {
                // Text beside the error is meaningful: the update is delivered, not retried.
                return null;
            }
        }

        return error is null ? null : ToException(error);
    }

    private static bool IsPreambleContent(AIContent content) => content switch
    {
        UsageContent => true,
        TextContent text => string.IsNullOrEmpty(text.Text),
        TextReasoningContent reasoning => string.IsNullOrEmpty(reasoning.Text) && reasoning.ProtectedData is null,
        _ => false,
    };

    // One mapping for both stream kinds: the error event the runner sees is the one StreamRetry already classifies.
    private static Exception ToException(ErrorContent error) => StreamRetry.InBandError(ChatStreamEvents.ErrorEvent(error))!;
}
