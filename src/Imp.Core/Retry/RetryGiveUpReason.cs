using System.Text.Json.Serialization;

namespace Imp;

/// <summary>Why a retry gave up; its wire names are the <c>imp.retry.give_up_reason</c> of the telemetry.</summary>
[WireEnum]
[JsonConverter(typeof(RetryGiveUpReasonJsonConverter))]
public enum RetryGiveUpReason
{
    /// <summary>The failure is not transient, or <see cref="RetryOptions.ShouldHandle"/> declined it.</summary>
    NotRetried,

    /// <summary><see cref="RetryPolicy.MaxRetries"/> retries were made.</summary>
    RetriesExhausted,

    /// <summary>The provider asked to wait longer than <see cref="RetryPolicy.MaxDelay"/>.</summary>
    RetryAfterTooLong,
}
