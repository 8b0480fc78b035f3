using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Imp;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <see cref="SourceName"/>: subscribe with
/// OpenTelemetry's <c>AddSource("Imp")</c> and <c>AddMeter("Imp")</c>. Spans and attributes follow the OpenTelemetry
/// GenAI semantic conventions (<c>invoke_agent</c>, <c>chat</c>, <c>execute_tool</c>, <c>gen_ai.*</c>); what they do not
/// cover is named <c>imp.*</c>.
/// </summary>
/// <remarks>Nothing is recorded, and nothing allocated for it, while no listener is subscribed.</remarks>
public static class ImpTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>Imp</c>.</summary>
    public const string SourceName = "Imp";

    internal static readonly ActivitySource Source = new(SourceName, typeof(ImpTelemetry).Assembly.GetName().Version?.ToString(3));
    internal static readonly Meter Meter = new(SourceName, typeof(ImpTelemetry).Assembly.GetName().Version?.ToString(3));

    internal static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>(
        "imp.agent.run.duration", "s", "Duration of agent runs, by final status.");

    internal static readonly Histogram<int> RunTurns = Meter.CreateHistogram<int>(
        "imp.agent.run.turns", "{turn}", "Turns taken by agent runs, by final status.");

    internal static readonly Histogram<double> ToolCallDuration = Meter.CreateHistogram<double>(
        "imp.tool.call.duration", "s", "Duration of tool calls, by tool and outcome.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "imp.retry.attempts", "{retry}", "Retries of transient model failures, by error type.");

    internal static readonly Counter<long> GiveUps = Meter.CreateCounter<long>(
        "imp.retry.give_ups", "{give_up}", "Failures that ended a retried call, by reason.");

    /// <summary>A retry about to wait: a span event on the current span and the retry counter.</summary>
    internal static void RecordRetry(RetryAttempt attempt)
    {
        string errorType = attempt.Error.GetType().FullName!;
        if (Retries.Enabled)
        {
            Retries.Add(1, new TagList { { TelemetryTags.ErrorType, errorType } });
        }

        Activity.Current?.AddEvent(new ActivityEvent(TelemetryTags.RetryEvent, tags: new ActivityTagsCollection
        {
            { TelemetryTags.RetryAttempt, attempt.Attempt },
            { TelemetryTags.RetryDelayMs, (long)attempt.Delay.TotalMilliseconds },
            { TelemetryTags.ErrorType, errorType },
            { "exception.message", attempt.Error.Message },
        }));
    }

    /// <summary>A retry that gave up: a span event on the current span and the give-up counter.</summary>
    internal static void RecordGiveUp(int attempts, Exception error, RetryGiveUpReason reason)
    {
        string reasonName = reason.AsStr();
        if (GiveUps.Enabled)
        {
            GiveUps.Add(1, new TagList { { TelemetryTags.GiveUpReason, reasonName }, { TelemetryTags.ErrorType, error.GetType().FullName } });
        }

        Activity.Current?.AddEvent(new ActivityEvent(TelemetryTags.GiveUpEvent, tags: new ActivityTagsCollection
        {
            { TelemetryTags.RetryAttempts, attempts },
            { TelemetryTags.GiveUpReason, reasonName },
            { TelemetryTags.ErrorType, error.GetType().FullName },
        }));
    }
}
