using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Imp;

/// <summary>
/// The failures a <see cref="RetryingChatClient"/> translated for classification, each with what the inner client really
/// threw, so the caller and the callbacks see the original. Weak: an entry lives as long as its translated exception.
/// </summary>
internal static class TranslatedFailures
{
    private static readonly ConditionalWeakTable<Exception, Exception> Originals = [];

    /// <summary>Remembers that <paramref name="translated"/> stands for <paramref name="original"/>; returns <paramref name="translated"/>.</summary>
    public static Exception Remember(Exception translated, Exception original)
    {
        if (!ReferenceEquals(translated, original))
        {
            Originals.AddOrUpdate(translated, original);
        }

        return translated;
    }

    /// <summary>What the inner client threw for <paramref name="error"/>; <paramref name="error"/> when it was not translated.</summary>
    public static Exception OriginalOf(Exception error) => Originals.TryGetValue(error, out var original) ? original : error;

    /// <summary>Rethrows the original of <paramref name="error"/> with its own stack trace, when it was translated.</summary>
    public static void ThrowOriginalOf(Exception error)
    {
        var original = OriginalOf(error);
        if (!ReferenceEquals(original, error))
        {
            ExceptionDispatchInfo.Throw(original);
        }
    }
}
