using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Imp;

/// <summary>
/// An HTTP handler to put in a provider SDK's <see cref="HttpClient"/> pipeline so that <see cref="RetryingChatClient"/>
/// learns each response's status and Retry-After, which SDKs usually hide inside exception types of their own
/// (the Anthropic SDK's <c>AnthropicApiException</c> keeps the status but drops the headers).
/// </summary>
/// <remarks>
/// The handler only observes: requests and responses pass unchanged. Outside a <see cref="RetryingChatClient"/> call it
/// does nothing. With it, a failed status becomes a <see cref="ProviderException"/> (or, for 429, a
/// <see cref="RateLimitedException"/> carrying the Retry-After) whatever exception the SDK throws for it.
/// </remarks>
public sealed class HttpFailureCaptureHandler : DelegatingHandler
{
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a handler whose inner handler is set later (as SDKs that chain handlers do).</summary>
    public HttpFailureCaptureHandler()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Initializes a handler whose inner handler is set later, with the clock for date-valued Retry-After headers.</summary>
    /// <param name="timeProvider">Gives "now" for a Retry-After date when the response has no Date header.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    public HttpFailureCaptureHandler(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>Initializes a handler that sends through <paramref name="innerHandler"/>.</summary>
    /// <param name="innerHandler">The handler that sends the requests, for example a <see cref="SocketsHttpHandler"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innerHandler"/> is <see langword="null"/>.</exception>
    public HttpFailureCaptureHandler(HttpMessageHandler innerHandler)
        : base(innerHandler ?? throw new ArgumentNullException(nameof(innerHandler)))
    {
        _timeProvider = TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        HttpResponseCapture.Current?.Record(response.StatusCode, RetryAfterOf(response));
        return response;
    }

    /// <inheritdoc/>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = base.Send(request, cancellationToken);
        HttpResponseCapture.Current?.Record(response.StatusCode, RetryAfterOf(response));
        return response;
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        // A date is read against the server's own clock when it sent one, so clock skew does not stretch the wait.
        var now = response.Headers.Date ?? _timeProvider.GetUtcNow();
        return retryAfter.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }
}
