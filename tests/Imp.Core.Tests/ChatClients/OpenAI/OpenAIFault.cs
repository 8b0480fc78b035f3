namespace Imp.Core.Tests.ChatClients.OpenAI;

/// <summary>What <see cref="OpenAILoopbackServer"/> does to one request.</summary>
public enum OpenAIFault
{
    /// <summary>Answers normally.</summary>
    None,

    /// <summary>Reads the request, then resets the connection before any response.</summary>
    ResetBeforeResponse,

    /// <summary>HTTP 503 with a <c>server_error</c> JSON body.</summary>
    ServiceUnavailable503,

    /// <summary>HTTP 429 with a <c>rate_limit_exceeded</c> body and <c>retry-after: 3</c>.</summary>
    RateLimited429,

    /// <summary>HTTP 200, a role-only first chunk, then a <c>data: {"error":…}</c> chunk before any content.</summary>
    InStreamErrorBeforeContent,

    /// <summary>HTTP 200 promising the whole stream, but the connection closes after the first content chunk.</summary>
    CutAfterFirstDelta,

    /// <summary>HTTP 401 with an <c>invalid_api_key</c> body: not retryable.</summary>
    Unauthorized401,
}
