using System;

namespace Imp;

/// <summary>A retry about to happen, as <see cref="RetryOptions.OnRetry"/> reports it.</summary>
/// <param name="Attempt">Retries made before this one: 0 for the first retry, the number <see cref="Backoff.Delay(int, RetryPolicy, TimeSpan?)"/> was given.</param>
/// <param name="Delay">How long the call waits before trying again.</param>
/// <param name="Error">The failure being retried: a thrown exception, or the one an in-band error event carried.</param>
public readonly record struct RetryAttempt(int Attempt, TimeSpan Delay, Exception Error);
