using System;
using System.Globalization;

namespace Imp;

/// <summary>The request needs more tokens than the model's context holds; retrying the same request cannot help.</summary>
public sealed class ContextTooLongException : LlmException
{
    /// <summary>Initializes a new instance with a default message and unknown sizes.</summary>
    public ContextTooLongException()
    {
    }

    /// <summary>Initializes a new instance with a message and unknown sizes.</summary>
    /// <param name="message">What the provider said.</param>
    public ContextTooLongException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message, a cause and unknown sizes.</summary>
    /// <param name="message">What the provider said.</param>
    /// <param name="innerException">The cause.</param>
    public ContextTooLongException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the tokens the request used and the model's limit.</summary>
    /// <param name="used">Tokens the request needed.</param>
    /// <param name="limit">Tokens the model's context holds.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ContextTooLongException(int used, int limit, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"Context too long: {used} tokens used, the limit is {limit}."), innerException)
    {
        Used = used;
        Limit = limit;
    }

    /// <summary>Tokens the request needed, or 0 when unknown.</summary>
    public int Used { get; }

    /// <summary>Tokens the model's context holds, or 0 when unknown.</summary>
    public int Limit { get; }
}
