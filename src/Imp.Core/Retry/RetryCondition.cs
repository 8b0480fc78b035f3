using System.Text.Json.Serialization;

namespace Imp;

/// <summary>A class of transient failure a retry policy may retry.</summary>
/// <remarks>
/// imp declares <c>RetryCondition</c> (in imp-llm's provider module) without a serde form, so its JSON here —
/// snake_case names such as <c>"rate_limit"</c> — is the SDK's own, not a shape shared with imp (docs/wire-format.md).
/// </remarks>
[WireEnum]
[JsonConverter(typeof(RetryConditionJsonConverter))]
public enum RetryCondition
{
    /// <summary>The provider rate-limited the request (HTTP 429).</summary>
    RateLimit,

    /// <summary>The provider failed or was overloaded (HTTP 5xx, 529).</summary>
    ServerError,

    /// <summary>The request or the stream timed out.</summary>
    Timeout,

    /// <summary>The connection failed, was reset or was cut short.</summary>
    ConnectionError,
}
