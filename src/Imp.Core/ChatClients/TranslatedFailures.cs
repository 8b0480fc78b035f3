using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;

namespace Imp;

/// <summary>
/// The failures of one <see cref="RetryingChatClient"/> call that were translated for classification, each with what
/// the inner client really threw, so the caller and <see cref="RetryingChatClientOptions.OnRetry"/> see the original.
/// </summary>
internal sealed class TranslatedFailures
{
    private readonly object _gate = new();
    private List<(Exception Translated, Exception Original)>? _pairs;

    /// <summary>Remembers that <paramref name="translated"/> stands for <paramref name="original"/>; returns <paramref name="translated"/>.</summary>
    public Exception Remember(Exception translated, Exception original)
    {
        if (!ReferenceEquals(translated, original))
        {
            lock (_gate)
            {
                (_pairs ??= []).Add((translated, original));
            }
        }

        return translated;
    }

    /// <summary>What the inner client threw for <paramref name="error"/>; <paramref name="error"/> when it was not translated.</summary>
    public Exception OriginalOf(Exception error)
    {
        lock (_gate)
        {
            if (_pairs is { } pairs)
            {
                foreach (var (translated, original) in pairs)
                {
                    if (ReferenceEquals(translated, error))
                    {
                        return original;
                    }
                }
            }
        }

        return error;
    }

    /// <summary>Rethrows the original of <paramref name="error"/> with its own stack trace, when it was translated.</summary>
    public void ThrowOriginalOf(Exception error)
    {
        var original = OriginalOf(error);
        if (!ReferenceEquals(original, error))
        {
            ExceptionDispatchInfo.Throw(original);
        }
    }
}
