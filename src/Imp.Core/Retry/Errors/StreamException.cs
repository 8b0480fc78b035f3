using System;

namespace Imp;

/// <summary>The response stream broke: connection reset, partial read, malformed event framing. Transient.</summary>
public sealed class StreamException : LlmException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public StreamException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What broke.</param>
    public StreamException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What broke.</param>
    /// <param name="innerException">The cause.</param>
    public StreamException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
