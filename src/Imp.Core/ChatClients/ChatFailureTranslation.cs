using System;
using System.Net;
using System.Threading;

namespace Imp;

/// <summary>
/// Turns what an inner chat client threw into the failure <see cref="RetryClassifier"/> judges, without knowing the
/// provider's exception types: a failed HTTP response the <see cref="HttpFailureCaptureHandler"/> saw, or a .NET
/// network error found down the exception's inner chain (SDKs wrap <see cref="System.Net.Http.HttpRequestException"/>).
/// </summary>
internal static class ChatFailureTranslation
{
    /// <summary>The failure to classify in place of <paramref name="error"/>; <paramref name="error"/> itself when nothing better is known.</summary>
    public static Exception Translate(
        Exception error,
        HttpResponseCapture capture,
        Func<Exception, Exception?>? hook,
        CancellationToken cancellationToken)
    {
        // The caller stopping is never dressed up as something transient.
        if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return error;
        }

        if (hook?.Invoke(error) is { } translated)
        {
            return translated;
        }

        // An imp error already says what it is.
        if (error is LlmException)
        {
            return error;
        }

        // The response failed: its status (and Retry-After) are the truth, whatever type the SDK made of them.
        if (capture.Status is { } status && (int)status >= 400)
        {
            return status == HttpStatusCode.TooManyRequests
                ? new RateLimitedException(capture.RetryAfter, error.Message, error)
                : new ProviderException(error.Message, status, error);
        }

        for (var cause = error; cause is not null; cause = cause.InnerException)
        {
            if (cause is OperationCanceledException && cause.InnerException is not TimeoutException)
            {
                // A cancellation inside the chain is someone's decision; what it wraps does not make it transient.
                break;
            }

            if (RetryClassifier.Classify(cause) is not null)
            {
                return cause;
            }
        }

        return error;
    }
}
