using System;
using System.Net;
using System.Threading;

namespace Imp;

/// <summary>
/// The status and Retry-After of the last HTTP response one attempt of a <see cref="RetryingChatClient"/> received,
/// as <see cref="HttpFailureCaptureHandler"/> saw it. Provider SDKs turn a failed response into their own exception
/// types, often dropping the headers; this record keeps what retry needs without knowing those types.
/// </summary>
internal sealed class HttpResponseCapture
{
    // The attempt in progress on this logical call flow; the handler runs inside it, down the provider's call stack.
    private static readonly AsyncLocal<HttpResponseCapture?> CurrentAttempt = new();

    private int _status;
    private long _retryAfterTicks = -1;

    /// <summary>The capture of the attempt running on this call flow, if any.</summary>
    public static HttpResponseCapture? Current => CurrentAttempt.Value;

    /// <summary>The last response's status, or <see langword="null"/> before any response.</summary>
    public HttpStatusCode? Status => Volatile.Read(ref _status) is var status and > 0 ? (HttpStatusCode)status : null;

    /// <summary>The last response's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter => Volatile.Read(ref _retryAfterTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>Makes <paramref name="capture"/> the current one for the rest of the calling async method.</summary>
    /// <remarks>An async method's changes to an <see cref="AsyncLocal{T}"/> end when it returns, so no reset is needed.</remarks>
    public static void Enter(HttpResponseCapture capture) => CurrentAttempt.Value = capture;

    /// <summary>Records a response; a later one (a provider SDK's own retry) replaces an earlier one.</summary>
    public void Record(HttpStatusCode status, TimeSpan? retryAfter)
    {
        Volatile.Write(ref _retryAfterTicks, retryAfter is { } wait ? Math.Max(wait.Ticks, 0) : -1);
        Volatile.Write(ref _status, (int)status);
    }
}
