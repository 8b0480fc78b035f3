namespace Imp.Orleans;

/// <summary>Names Imp.Orleans uses in a silo's configuration.</summary>
public static class ImpOrleans
{
    /// <summary>The default grain storage provider name for run grains: <c>imp-runs</c>.</summary>
    public const string StorageName = "imp-runs";

    /// <summary>The name of the reminder that wakes an unfinished run's grain: <c>imp-resume</c>.</summary>
    public const string ResumeReminderName = "imp-resume";
}
