using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Imp.Demo;

/// <summary>
/// Listens to the SDK's spans (<see cref="ImpTelemetry.SourceName"/>) the way an OpenTelemetry exporter would, and
/// prints them as a tree: name, the GenAI attributes, and the span events. Durations are left out so the output is stable.
/// </summary>
internal sealed class SpanPrinter : IDisposable
{
    private static readonly string[] Shown = ["gen_ai.operation.name", "gen_ai.tool.name", "imp.tool.risk", "imp.tool.outcome", "imp.run.status", "imp.run.turns", "error.type"];
    private const string RootName = "invoke_agent demo";
    private readonly ActivityListener _listener;
    private readonly List<Activity> _stopped = [];

    public SpanPrinter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = static source => source.Name == ImpTelemetry.SourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_stopped)
                {
                    _stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Print(TextWriter output)
    {
        List<Activity> spans;
        lock (_stopped)
        {
            spans = [.. _stopped.OrderBy(static a => a.StartTimeUtc)];
        }

        // Only the demo's own runs: a host process (the test runner) may be running other agents at the same time.
        foreach (Activity root in spans.Where(a => !spans.Any(p => p.SpanId == a.ParentSpanId) && a.DisplayName == RootName))
        {
            Print(output, root, spans, depth: 0);
        }
    }

    public void Dispose() => _listener.Dispose();

    private static void Print(TextWriter output, Activity span, List<Activity> spans, int depth)
    {
        string indent = new(' ', depth * 2);
        var tags = Shown.Select(key => (key, value: span.GetTagItem(key))).Where(static t => t.value is not null).Select(static t => $"{t.key}={t.value}");
        output.WriteLine($"{indent}{span.DisplayName} [{string.Join(", ", tags)}]");
        foreach (ActivityEvent e in span.Events)
        {
            output.WriteLine($"{indent}  · {e.Name} {string.Join(", ", e.Tags.Where(static t => t.Key != "exception.message").Select(static t => $"{t.Key}={t.Value}"))}");
        }

        foreach (Activity child in spans.Where(c => c.ParentSpanId == span.SpanId))
        {
            Print(output, child, spans, depth + 1);
        }
    }
}
