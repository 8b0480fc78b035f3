using System;

namespace Imp;

/// <summary>A failure that ends a call without a further retry, as <see cref="RetryOptions.OnGiveUp"/> reports it.</summary>
/// <param name="Attempts">Attempts made, the failed one included.</param>
/// <param name="Error">The failure the caller gets.</param>
/// <param name="Reason">Why no retry follows.</param>
public readonly record struct RetryGiveUp(int Attempts, Exception Error, RetryGiveUpReason Reason);
