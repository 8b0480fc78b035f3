using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>
/// In-band errors: an error event inside a successful response (a provider's "overloaded" mid-200). imp-core
/// treats it as meaningful and never retries it; here it is retried like a thrown failure when it comes first.
/// </summary>
public sealed class StreamRetryInBandTests
{
    private static readonly RetryPolicy Policy = new() { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) };

    private readonly ManualTimeProvider _time = new();

    private static Ev.Failure Overloaded => new(new ProviderException("overloaded_error", (HttpStatusCode)529));

    private static ScriptStep<Ev> Yield(Ev item) => Script.Yield(item);

    private Task<Collected<Ev>> RunAsync(ScriptedSource<Ev> source, RetryOptions? options = null, RetryPolicy? policy = null)
    {
        options ??= Ev.Options(_time);
        options.Policy = policy ?? Policy;
        return Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), _time);
    }

    [Fact]
    public async Task A_retryable_in_band_error_before_any_meaningful_event_is_retried()
    {
        var overloaded = Overloaded;
        var source = new ScriptedSource<Ev>(attempt => attempt == 0
            ? [Yield(new Ev.Start("m0")), Yield(overloaded)]
            : [Yield(new Ev.Start("m1")), Yield(new Ev.Text("hi"))]);
        var reported = new List<RetryAttempt>();

        var result = await RunAsync(source, Ev.Options(_time) with { OnRetry = reported.Recorder() });

        result.Events.ShouldBe([new Ev.Start("m1"), new Ev.Text("hi")]);
        source.Calls.ShouldBe(2);
        reported.ShouldHaveSingleItem().Error.ShouldBeSameAs(overloaded.Error);
    }

    [Fact]
    public async Task With_in_band_retry_off_the_error_event_is_forwarded_as_imp_core_does()
    {
        var overloaded = Overloaded;
        var source = new ScriptedSource<Ev>([[Yield(new Ev.Start("m")), Yield(overloaded), Yield(new Ev.Text("after"))]]);

        var result = await RunAsync(source, Ev.Options(_time) with { RetryInBandErrors = false });

        result.Events.ShouldBe([new Ev.Start("m"), overloaded, new Ev.Text("after")]);
        source.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_non_retryable_in_band_error_is_forwarded_and_the_stream_goes_on()
    {
        var denied = new Ev.Failure(new AuthException("invalid key"));
        var source = new ScriptedSource<Ev>([[Yield(new Ev.Start("m")), Yield(denied), Yield(new Ev.Text("after"))]]);

        var result = await RunAsync(source);

        result.Events.ShouldBe([new Ev.Start("m"), denied, new Ev.Text("after")]);
        result.Error.ShouldBeNull();
        source.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task An_in_band_error_after_a_meaningful_event_passes_through()
    {
        var overloaded = Overloaded;
        var source = new ScriptedSource<Ev>([[Yield(new Ev.Text("partial")), Yield(overloaded)]]);

        var result = await RunAsync(source);

        result.Events.ShouldBe([new Ev.Text("partial"), overloaded]);
        source.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task When_retries_run_out_the_last_in_band_error_is_forwarded_with_its_preamble()
    {
        var last = Overloaded;
        var source = new ScriptedSource<Ev>(attempt => attempt < 3
            ? [Yield(new Ev.Start($"m{attempt}")), Yield(Overloaded)]
            : [Yield(new Ev.Start($"m{attempt}")), Yield(last)]);

        var result = await RunAsync(source);

        source.Calls.ShouldBe(4);
        result.Events.ShouldBe([new Ev.Start("m3"), last]);
        result.Error.ShouldBeNull();
    }

    [Fact]
    public async Task An_in_band_rate_limit_is_waited_for_exactly()
    {
        var source = new ScriptedSource<Ev>([
            [Yield(new Ev.Failure(new RateLimitedException(TimeSpan.FromMilliseconds(70))))],
            [Yield(new Ev.Text("ok"))],
        ]);

        var result = await RunAsync(source);

        result.Events.ShouldBe([new Ev.Text("ok")]);
        _time.Elapsed.ShouldBe(TimeSpan.FromMilliseconds(70));
    }

    [Fact]
    public async Task A_retried_in_band_attempt_is_disposed_before_the_delay()
    {
        var source = new ScriptedSource<Ev>([[Yield(Overloaded)], [Yield(new Ev.Text("ok"))]]);
        var disposedAtRetry = -1;

        await RunAsync(source, Ev.Options(_time) with { OnRetry = (_, _) => { disposedAtRetry = source.Opened[0].DisposeCount; return ValueTask.CompletedTask; } });

        disposedAtRetry.ShouldBe(1);
        source.Opened[0].DisposeCount.ShouldBe(1);
        source.Opened[1].DisposeCount.ShouldBe(1);
    }

    [Fact]
    public async Task Without_an_extractor_no_event_is_an_error()
    {
        var overloaded = Overloaded;
        var source = new ScriptedSource<Ev>([[Yield(overloaded)]]);

        var result = await Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules with { InBandError = null }, Ev.Options(_time, policy: Policy)), _time);

        result.Events.ShouldBe([overloaded]);
        source.Calls.ShouldBe(1);
    }
}
