using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Imp.Benchmarks.Runner;

/// <summary>What an OpenTelemetry SDK subscribes to the runner: every span of the <c>Imp</c> source recorded, every instrument of its meter listened to.</summary>
internal sealed class TelemetryListeners : IDisposable
{
    private readonly ActivityListener _spans;
    private readonly MeterListener _metrics;

    public TelemetryListeners()
    {
        _spans = new ActivityListener
        {
            ShouldListenTo = static source => source.Name == ImpTelemetry.SourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = static activity => Spans++,
        };
        ActivitySource.AddActivityListener(_spans);
        _metrics = new MeterListener
        {
            InstrumentPublished = static (instrument, listener) =>
            {
                if (instrument.Meter.Name == ImpTelemetry.SourceName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _metrics.SetMeasurementEventCallback<double>(static (_, _, _, _) => Measurements++);
        _metrics.SetMeasurementEventCallback<int>(static (_, _, _, _) => Measurements++);
        _metrics.SetMeasurementEventCallback<long>(static (_, _, _, _) => Measurements++);
        _metrics.Start();
    }

    public static long Spans { get; private set; }

    public static long Measurements { get; private set; }

    public void Dispose()
    {
        _spans.Dispose();
        _metrics.Dispose();
    }
}
