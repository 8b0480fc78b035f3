using System;

namespace Imp.Orleans;

/// <summary>How run grains keep their state and come back after a silo is lost.</summary>
public sealed class AgentRunGrainOptions
{
    /// <summary>The name of the grain storage provider run grains write to (<see cref="ImpOrleans.StorageName"/> by default).</summary>
    public string StorageName { get; set; } = ImpOrleans.StorageName;

    /// <summary>
    /// How often a durable reminder wakes a run's grain while the run is unfinished, so a run whose silo died is resumed
    /// even when no client calls it; <see langword="null"/> turns it off (then a run resumes when a client next calls).
    /// Needs a reminder service on the silos (<c>UseInMemoryReminderService</c>, <c>UseRedisReminderService</c>, …).
    /// Orleans' minimum period is one minute unless <c>ReminderOptions.MinimumReminderPeriod</c> says otherwise.
    /// </summary>
    public TimeSpan? ResumeReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
