using System;

namespace Imp;

/// <summary>
/// How stream retry reads the events of a stream of <typeparamref name="T"/>: which leading events are preamble (held
/// back while a retry is still possible) and which report an in-band error. Required by
/// <see cref="StreamRetry.Create{T}(Func{System.Threading.CancellationToken, System.Collections.Generic.IAsyncEnumerable{T}}, StreamRetryRules{T}, RetryOptions?)"/>,
/// so no overload applies rules the caller did not choose.
/// </summary>
/// <typeparam name="T">The stream's event type.</typeparam>
/// <param name="IsPreamble">Whether an event is preamble; <see langword="null"/>: none is.</param>
/// <param name="InBandError">The failure an event reports in-band, or <see langword="null"/> for an ordinary event; <see langword="null"/>: no event reports one.</param>
/// <remarks><c>new StreamRetryRules&lt;T&gt;()</c> has no preamble and no in-band errors: only thrown failures are retried.</remarks>
public sealed record StreamRetryRules<T>(Func<T, bool>? IsPreamble = null, Func<T, Exception?>? InBandError = null);

/// <summary>The rules of imp's own streams.</summary>
public static class StreamRetryRules
{
    /// <summary>
    /// imp's <see cref="StreamEvent"/>s: <see cref="StreamEvent.MessageStart"/> is preamble, and an <see cref="StreamEvent.Error"/>
    /// is an in-band error (<see cref="StreamRetry.InBandError"/>).
    /// </summary>
    public static StreamRetryRules<StreamEvent> StreamEvents { get; } = new(static e => e is StreamEvent.MessageStart, StreamRetry.InBandError);
}
