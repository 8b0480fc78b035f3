using System;

namespace Imp;

/// <summary>The provider rejected the credentials (HTTP 401 or 403); retrying cannot help.</summary>
public sealed class AuthException : LlmException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public AuthException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What the provider said.</param>
    public AuthException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What the provider said.</param>
    /// <param name="innerException">The cause.</param>
    public AuthException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
