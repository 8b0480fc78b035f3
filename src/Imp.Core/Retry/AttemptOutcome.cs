using System;

namespace Imp;

/// <summary>
/// How one attempt's start-up ended without throwing: standing at its first meaningful event (which may report
/// an in-band error), or, as <see langword="default"/>, at the end of the stream.
/// </summary>
/// <param name="HasEvent">Whether the upstream stands at a meaningful event, still to be forwarded.</param>
/// <param name="InBandError">The failure that event reports in-band, if any.</param>
internal readonly record struct AttemptOutcome(bool HasEvent, Exception? InBandError);
