using System;
using System.Text.Json.Serialization;

namespace Imp;

/// <summary>
/// A span of time as Rust's <c>std::time::Duration</c>: whole seconds (<c>u64</c>) and nanoseconds below one second
/// (<c>u32</c>), written as serde writes it, <c>{"secs":600,"nanos":250000000}</c>. It holds every duration imp-core
/// can write, to the nanosecond; <see cref="TimeSpan"/> cannot (it counts 100 ns ticks and ends near 29,000 years).
/// </summary>
/// <remarks>
/// Read as serde reads it: the object with both fields (in any order, each once, no others) or the array
/// <c>[secs, nanos]</c>; nanoseconds of a second or more carry into the seconds, and a carry past
/// <see cref="ulong.MaxValue"/> seconds is refused.
/// </remarks>
[JsonConverter(typeof(WireDurationJsonConverter))]
public readonly record struct WireDuration
{
    private const uint NanosPerSecond = 1_000_000_000;

    /// <summary>A duration of <paramref name="seconds"/> and <paramref name="nanoseconds"/>, the nanoseconds carried into seconds as Rust's <c>Duration::new</c> does.</summary>
    /// <exception cref="OverflowException">The carry takes the seconds past <see cref="ulong.MaxValue"/>.</exception>
    public WireDuration(ulong seconds, uint nanoseconds)
    {
        Seconds = checked(seconds + nanoseconds / NanosPerSecond);
        Nanoseconds = nanoseconds % NanosPerSecond;
    }

    /// <summary>Whole seconds (serde's <c>secs</c>).</summary>
    public ulong Seconds { get; }

    /// <summary>Nanoseconds past <see cref="Seconds"/>, below one second (serde's <c>nanos</c>).</summary>
    public uint Nanoseconds { get; }

    /// <summary>The duration of <paramref name="value"/>, which may not be negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static WireDuration FromTimeSpan(TimeSpan value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
        return new WireDuration((ulong)(value.Ticks / TimeSpan.TicksPerSecond), (uint)(value.Ticks % TimeSpan.TicksPerSecond * TimeSpan.NanosecondsPerTick));
    }

    /// <summary>The duration as a <see cref="TimeSpan"/>, nanoseconds below 100 dropped.</summary>
    /// <exception cref="OverflowException">It is longer than <see cref="TimeSpan.MaxValue"/>.</exception>
    public TimeSpan ToTimeSpan()
    {
        const ulong MaxSeconds = (ulong)(long.MaxValue / TimeSpan.TicksPerSecond);
        if (Seconds > MaxSeconds)
        {
            throw new OverflowException($"{this} is longer than TimeSpan.MaxValue.");
        }

        return TimeSpan.FromTicks(checked(((long)Seconds * TimeSpan.TicksPerSecond) + (Nanoseconds / TimeSpan.NanosecondsPerTick)));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Seconds}.{Nanoseconds:D9} s";

    /// <summary>The duration of <paramref name="value"/>.</summary>
    public static implicit operator WireDuration(TimeSpan value) => FromTimeSpan(value);
}
