using System;

namespace Imp;

/// <summary>
/// Base of the errors an LLM provider call reports in imp's own terms: rate limiting, a provider
/// failure, rejected credentials, a broken stream, or a context the model cannot take.
/// </summary>
/// <remarks>
/// Serialization and local I/O failures are not wrapped: they stay the .NET exceptions that report them,
/// <see cref="System.Text.Json.JsonException"/> and <see cref="System.IO.IOException"/>.
/// <see cref="RetryClassifier"/> decides which of all these are worth a retry.
/// </remarks>
public abstract class LlmException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    protected LlmException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    protected LlmException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    protected LlmException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
