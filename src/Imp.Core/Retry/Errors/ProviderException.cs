using System;
using System.Net;

namespace Imp;

/// <summary>The provider answered with an error, with the HTTP status when it is known.</summary>
/// <remarks>
/// Statuses 500, 502, 503, 504 and 529 (overloaded) count as transient server errors; without a status, the message is
/// read as imp-core reads it (<c>HTTP 503</c> in it is a server error); see <see cref="RetryClassifier"/>.
/// </remarks>
public sealed class ProviderException : LlmException
{
    /// <summary>Initializes a new instance with a default message and no status.</summary>
    public ProviderException()
    {
    }

    /// <summary>Initializes a new instance with a message and no status.</summary>
    /// <param name="message">What the provider said.</param>
    public ProviderException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message, a cause and no status.</summary>
    /// <param name="message">What the provider said.</param>
    /// <param name="innerException">The cause.</param>
    public ProviderException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with a message and the HTTP status of the response.</summary>
    /// <param name="message">What the provider said.</param>
    /// <param name="statusCode">The response's status, or <see langword="null"/> when unknown; 529 is <c>(HttpStatusCode)529</c>.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProviderException(string? message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the provider's response, when known.</summary>
    public HttpStatusCode? StatusCode { get; }
}
