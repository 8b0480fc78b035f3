namespace Imp.Core.Tests.ChatClients.Anthropic;

/// <summary>What <see cref="AnthropicLoopbackServer"/> does with one request.</summary>
public enum AnthropicFault
{
    /// <summary>Answers normally: a full event stream (or a JSON message for a non-streaming request).</summary>
    None,

    /// <summary>Reads the request, then resets the connection before any response.</summary>
    ResetBeforeResponse,

    /// <summary>HTTP 529 with an <c>overloaded_error</c> JSON body.</summary>
    Overloaded529,

    /// <summary>HTTP 200, <c>message_start</c>, then an SSE <c>event: error</c> with <c>overloaded_error</c>, before any content.</summary>
    SseOverloadedBeforeContent,

    /// <summary>HTTP 429 with a <c>rate_limit_error</c> body and <c>retry-after: 3</c>.</summary>
    RateLimited429,

    /// <summary>HTTP 200 with the whole stream's length, but only the stream up to the first text delta before the connection closes.</summary>
    CutAfterFirstDelta,

    /// <summary>HTTP 401 with an <c>authentication_error</c> body: not retryable.</summary>
    Unauthorized401,
}
