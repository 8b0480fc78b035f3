using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Polly.Timeout;

namespace Imp;

/// <summary>
/// Decides whether a failure is transient, and of which kind: imp's own errors (<see cref="LlmException"/>)
/// and the exceptions .NET's HTTP stack throws.
/// </summary>
/// <remarks>
/// With <see cref="RetryPolicy.Default"/>, <see cref="IsRetryable"/> agrees with imp-core's <c>is_retryable</c>: a
/// <see cref="ProviderException"/> without a status is judged by its message as imp-core judges
/// <c>Provider(msg)</c> (<c>HTTP 500</c>, <c>HTTP 502</c>, <c>HTTP 503</c> or <c>HTTP 529</c> in it is a server error).
/// Added on purpose: a provider error with a known status is judged by that status, where 504 is a server error as
/// 500, 502, 503 and 529 are, and 429 is a rate limit; an <see cref="HttpRequestException"/> that carries a status
/// (from <c>EnsureSuccessStatusCode</c>) is judged the same way; .NET's socket, HTTP and timeout failures are mapped
/// to imp's conditions; and <see cref="RetryPolicy.RetryOn"/> is honoured (imp-core ignores it). A cancellation is
/// never retried unless an HTTP client timeout caused it.
/// </remarks>
public static class RetryClassifier
{
    /// <summary>Whether <paramref name="exception"/> is transient and <paramref name="policy"/> retries its kind.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="policy">The policy whose <see cref="RetryPolicy.RetryOn"/> is honoured.</param>
    /// <returns><see langword="true"/> when a retry may succeed and the policy allows it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static bool IsRetryable(Exception exception, RetryPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Classify(exception) is { } condition && policy.Retries(condition);
    }

    /// <summary>The kind of transient failure <paramref name="exception"/> is, or <see langword="null"/> when retrying cannot help.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>Its <see cref="RetryCondition"/>, or <see langword="null"/> for a permanent failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static RetryCondition? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            RateLimitedException => RetryCondition.RateLimit,
            ProviderException provider => provider.StatusCode is { } known ? FromStatus(known) : FromProviderMessage(provider.Message),
            StreamException => RetryCondition.ConnectionError,

            // Auth, context too long and any other imp error: the same request fails the same way.
            LlmException => null,

            // HttpClient reports its own timeout as a cancellation caused by a TimeoutException. Any other
            // cancellation is someone's decision to stop; its inner socket errors must not make it look transient.
            OperationCanceledException cancelled => cancelled.InnerException is TimeoutException ? RetryCondition.Timeout : null,
            TimeoutException or TimeoutRejectedException => RetryCondition.Timeout,

            HttpRequestException http => http.StatusCode is { } status
                ? FromStatus(status)
                : FromHttpError(http.HttpRequestError, http.InnerException),
            HttpIOException httpIO => FromHttpError(httpIO.HttpRequestError, httpIO.InnerException),
            SocketException socket => FromSocketError(socket.SocketErrorCode),

            // An I/O error is transient only when the network caused it (a socket read failing);
            // a file that is missing or a disk that is full stays so.
            IOException io => io.InnerException is { } cause ? Classify(cause) : null,
            _ => null,
        };
    }

    // imp-core's rule for Provider(msg): the HTTP status, when the provider put it in the message, is the only clue.
    private static RetryCondition? FromProviderMessage(string message) =>
        message.Contains("HTTP 500", StringComparison.Ordinal)
        || message.Contains("HTTP 502", StringComparison.Ordinal)
        || message.Contains("HTTP 503", StringComparison.Ordinal)
        || message.Contains("HTTP 529", StringComparison.Ordinal)
            ? RetryCondition.ServerError
            : null;

    private static RetryCondition? FromStatus(HttpStatusCode? status) => (int?)status switch
    {
        429 => RetryCondition.RateLimit,
        500 or 502 or 503 or 504 or 529 => RetryCondition.ServerError,
        _ => null,
    };

    private static RetryCondition? FromHttpError(HttpRequestError error, Exception? inner) => error switch
    {
        HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError
            or HttpRequestError.ProxyTunnelError
            or HttpRequestError.HttpProtocolError
            or HttpRequestError.InvalidResponse
            or HttpRequestError.ResponseEnded => RetryCondition.ConnectionError,

        // The handler could not say; the cause may (a socket error, a timeout).
        HttpRequestError.Unknown => inner is null ? null : Classify(inner),

        // Bad credentials for a proxy or server, an unsupported protocol, a configured limit hit.
        _ => null,
    };

    private static RetryCondition? FromSocketError(SocketError error) => error switch
    {
        SocketError.TimedOut => RetryCondition.Timeout,
        SocketError.ConnectionReset
            or SocketError.ConnectionAborted
            or SocketError.ConnectionRefused
            or SocketError.NotConnected
            or SocketError.Shutdown
            or SocketError.NetworkDown
            or SocketError.NetworkUnreachable
            or SocketError.NetworkReset
            or SocketError.HostDown
            or SocketError.HostUnreachable
            or SocketError.HostNotFound
            or SocketError.TryAgain => RetryCondition.ConnectionError,

        // OperationAborted is a cancellation; the rest are local misconfiguration.
        _ => null,
    };
}
