using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Imp.Core.Tests.Retry.Support;

/// <summary>
/// A clock that moves only when told to, so delays are asserted without sleeping. Timers fire on the thread
/// that advances the clock, in due order.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly DateTimeOffset _start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private TimeSpan _elapsed;
    private int _created;

    /// <summary>How far the clock has been moved.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            lock (_gate)
            {
                return _elapsed;
            }
        }
    }

    /// <summary>Timers created and neither disposed nor fired for good.</summary>
    public int ActiveTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>Timers ever created.</summary>
    public int CreatedTimers => Volatile.Read(ref _created);

    /// <summary>The due times, from now, of the pending timers, soonest first.</summary>
    public IReadOnlyList<TimeSpan> PendingDelays
    {
        get
        {
            lock (_gate)
            {
                return _timers.Select(t => t.Due - _elapsed).Order().ToArray();
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => _start + Elapsed;

    public override long GetTimestamp() => Elapsed.Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _created);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        TimeSpan target;
        lock (_gate)
        {
            target = _elapsed + by;
        }

        while (FireNext(target))
        {
        }

        lock (_gate)
        {
            _elapsed = target;
        }
    }

    /// <summary>Moves the clock to the soonest pending timer and fires it.</summary>
    /// <returns><see langword="false"/> when no timer is pending.</returns>
    public bool AdvanceToNextTimer() => FireNext(TimeSpan.MaxValue);

    private bool FireNext(TimeSpan limit)
    {
        ManualTimer next;
        lock (_gate)
        {
            if (_timers.Count == 0)
            {
                return false;
            }

            next = _timers.MinBy(t => t.Due)!;
            if (next.Due > limit)
            {
                return false;
            }

            _elapsed = next.Due > _elapsed ? next.Due : _elapsed;
            _timers.Remove(next);
            if (next.Period > TimeSpan.Zero)
            {
                next.Due = _elapsed + next.Period;
                _timers.Add(next);
            }
        }

        // Outside the lock: the callback may create or change timers.
        next.Fire();
        return true;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.Due = _elapsed + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            _timers.Add(timer);
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimeSpan Due { get; set; }

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
