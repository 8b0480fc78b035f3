using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>Ports of imp-core's <c>stream_with_retry</c> tests, then preamble handling and delays.</summary>
public sealed class StreamRetryTests
{
    private readonly ManualTimeProvider _time = new();

    // imp-core's stream tests use retry_on = [ServerError], which it ignores. Here RetryOn is honoured, so the
    // ports keep its delays and error kinds but retry on every condition (a StreamException is a ConnectionError).
    private static RetryPolicy SeedPolicy(int maxRetries) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(50),
    };

    private static ScriptStep<Ev> Start(string model = "test") => Script.Yield<Ev>(new Ev.Start(model));

    private static ScriptStep<Ev> Text(string text) => Script.Yield<Ev>(new Ev.Text(text));

    private static ScriptStep<Ev> Throw(Exception error) => Script.Throw<Ev>(error);

    private Task<Collected<Ev>> RunAsync(ScriptedSource<Ev> source, RetryPolicy policy, RetryOptions? options = null, int take = int.MaxValue)
    {
        options ??= Ev.Options(_time);
        options.Policy = policy;
        return Drive.CollectAsync(StreamRetry.Create(source.Open, Ev.Rules, options), _time, take);
    }

    // Seed: retry_succeeds_after_transient_failures_before_first_meaningful_event
    [Fact]
    public async Task Retry_succeeds_after_transient_failures_before_first_meaningful_event()
    {
        var source = new ScriptedSource<Ev>(attempt => attempt < 2
            ? [Start(), Throw(new StreamException("transient"))]
            : [Start(), Text("hello")]);

        var result = await RunAsync(source, SeedPolicy(3));

        source.Calls.ShouldBe(3);
        result.Error.ShouldBeNull();
        result.Events.ShouldBe([new Ev.Start("test"), new Ev.Text("hello")]);
    }

    // Seed: retry_exhausts_max_retries_before_first_meaningful_event
    [Fact]
    public async Task Retry_exhausts_max_retries_before_first_meaningful_event()
    {
        var source = new ScriptedSource<Ev>([[Throw(new StreamException("always fails"))]]);

        var result = await RunAsync(source, SeedPolicy(2));

        source.Calls.ShouldBe(3);
        result.Events.ShouldBeEmpty();
        result.Error.ShouldBeOfType<StreamException>().Message.ShouldBe("always fails");
    }

    // Seed: retry_skips_non_retryable_errors
    [Fact]
    public async Task Retry_skips_non_retryable_errors()
    {
        var source = new ScriptedSource<Ev>([[Throw(new AuthException("invalid key"))]]);

        var result = await RunAsync(source, SeedPolicy(3));

        source.Calls.ShouldBe(1);
        result.Events.ShouldBeEmpty();
        result.Error.ShouldBeOfType<AuthException>();
    }

    // Seed: retry_no_error_passes_through
    [Fact]
    public async Task Retry_no_error_passes_through()
    {
        var source = new ScriptedSource<Ev>([[Start(), Text("ok")]]);

        var result = await RunAsync(source, new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) });

        result.Events.Count.ShouldBe(2);
        result.Error.ShouldBeNull();
    }

    // Seed: retry_does_not_replay_after_meaningful_event_has_streamed
    [Fact]
    public async Task Retry_does_not_replay_after_meaningful_event_has_streamed()
    {
        var boom = new StreamException("boom");
        var source = new ScriptedSource<Ev>([[Text("partial"), Throw(boom)]]);

        var result = await RunAsync(source, new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) });

        source.Calls.ShouldBe(1);
        result.Events.ShouldBe([new Ev.Text("partial")]);
        result.Error.ShouldBeSameAs(boom);
    }

    [Fact]
    public async Task RetryOn_is_honoured_where_imp_core_ignores_it()
    {
        // imp-core would retry this stream error under retry_on = [ServerError]; a ConnectionError is not listed.
        var source = new ScriptedSource<Ev>([[Throw(new StreamException("reset"))], [Text("never")]]);
        var policy = new RetryPolicy { RetryOn = [RetryCondition.ServerError], BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(50) };

        var result = await RunAsync(source, policy);

        source.Calls.ShouldBe(1);
        result.Error.ShouldBeOfType<StreamException>();
    }

    [Fact]
    public async Task Zero_max_retries_makes_a_single_attempt()
    {
        var source = new ScriptedSource<Ev>([[Throw(new StreamException("reset"))], [Text("never")]]);

        var result = await RunAsync(source, new RetryPolicy { MaxRetries = 0 });

        source.Calls.ShouldBe(1);
        result.Error.ShouldBeOfType<StreamException>();
        _time.CreatedTimers.ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_last_attempts_preamble_is_forwarded_once_and_in_order()
    {
        var source = new ScriptedSource<Ev>(attempt => attempt < 2
            ? [Start($"a{attempt}"), Start($"b{attempt}"), Throw(new StreamException("transient"))]
            : [Start($"a{attempt}"), Start($"b{attempt}"), Text("hello"), Start("late"), Text("world")]);

        var result = await RunAsync(source, SeedPolicy(3));

        result.Events.ShouldBe([new Ev.Start("a2"), new Ev.Start("b2"), new Ev.Text("hello"), new Ev.Start("late"), new Ev.Text("world")]);
    }

    [Fact]
    public async Task A_stream_of_preamble_alone_is_flushed_when_it_ends()
    {
        var source = new ScriptedSource<Ev>([[Start("a"), Start("b")]]);

        var result = await RunAsync(source, SeedPolicy(3));

        result.Events.ShouldBe([new Ev.Start("a"), new Ev.Start("b")]);
        result.Error.ShouldBeNull();
        source.Opened.ShouldHaveSingleItem().DisposeCount.ShouldBe(1);
    }

    [Fact]
    public async Task An_empty_stream_yields_nothing()
    {
        var source = new ScriptedSource<Ev>([[]]);

        var result = await RunAsync(source, SeedPolicy(3));

        result.Events.ShouldBeEmpty();
        result.Error.ShouldBeNull();
        source.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_final_failure_after_preamble_drops_the_preamble_as_imp_core_does()
    {
        var source = new ScriptedSource<Ev>([[Start(), Throw(new AuthException("invalid key"))]]);

        var result = await RunAsync(source, SeedPolicy(3));

        result.Events.ShouldBeEmpty();
        result.Error.ShouldBeOfType<AuthException>();
    }

    [Fact]
    public async Task Delays_follow_the_backoff_and_each_retry_is_reported()
    {
        var failures = new Exception[] { new StreamException("1"), new TimeoutException("2"), new ProviderException("3", HttpStatusCode.BadGateway) };
        var source = new ScriptedSource<Ev>(attempt => attempt < 3 ? [Start(), Throw(failures[attempt])] : [Text("done")]);
        var reported = new List<RetryAttempt>();
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(10) };

        var result = await RunAsync(source, policy, Ev.Options(_time, random: () => 0.5) with { OnRetry = reported.Recorder() });

        result.Events.ShouldBe([new Ev.Text("done")]);

        // base·2^n plus floor(0.5 · (capped/2 + 1)) whole milliseconds of jitter.
        reported.ShouldBe(
        [
            new RetryAttempt(0, TimeSpan.FromMilliseconds(100 + 25), failures[0]),
            new RetryAttempt(1, TimeSpan.FromMilliseconds(200 + 50), failures[1]),
            new RetryAttempt(2, TimeSpan.FromMilliseconds(400 + 100), failures[2]),
        ]);
        _time.Elapsed.ShouldBe(TimeSpan.FromMilliseconds(125 + 250 + 500));
        _time.ActiveTimers.ShouldBe(0);
    }

    [Fact]
    public async Task The_stream_does_not_reopen_before_its_delay_has_passed()
    {
        var retryAfter = TimeSpan.FromMilliseconds(1500);
        var source = new ScriptedSource<Ev>([[Throw(new RateLimitedException(retryAfter))], [Text("ok")]]);
        var stream = StreamRetry.Create(source.Open, Ev.Rules, Ev.Options(_time, policy: new RetryPolicy()));

        await using var enumerator = stream.GetAsyncEnumerator();
        var next = enumerator.MoveNextAsync().AsTask();

        // Retry-After is taken exactly: one timer, due in exactly 1.5 s.
        _time.PendingDelays.ShouldBe([retryAfter]);
        _time.Advance(retryAfter - TimeSpan.FromTicks(1));
        next.IsCompleted.ShouldBeFalse();
        source.Calls.ShouldBe(1);

        _time.Advance(TimeSpan.FromTicks(1));
        (await next).ShouldBeTrue();
        enumerator.Current.ShouldBe(new Ev.Text("ok"));
        source.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task A_retry_after_above_max_delay_gives_up_at_once()
    {
        var limited = new RateLimitedException(TimeSpan.FromSeconds(31));
        var source = new ScriptedSource<Ev>([[Throw(limited)], [Text("never")]]);

        var result = await RunAsync(source, new RetryPolicy());

        result.Error.ShouldBeSameAs(limited);
        source.Calls.ShouldBe(1);
        _time.CreatedTimers.ShouldBe(0);
    }

    [Fact]
    public async Task A_retry_after_equal_to_max_delay_is_waited_for()
    {
        var source = new ScriptedSource<Ev>([[Throw(new RateLimitedException(TimeSpan.FromSeconds(30)))], [Text("ok")]]);

        var result = await RunAsync(source, new RetryPolicy());

        result.Events.ShouldBe([new Ev.Text("ok")]);
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_synchronous_throw_from_the_factory_is_retried_like_any_failure()
    {
        var calls = 0;
        IAsyncEnumerable<Ev> Open(CancellationToken cancellationToken) => ++calls == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")
            : new ScriptedSource<Ev>([[Text("ok")]]).Open(cancellationToken);

        var result = await Drive.CollectAsync(StreamRetry.Create(Open, Ev.Rules, Ev.Options(_time, policy: SeedPolicy(3))), _time);

        calls.ShouldBe(2);
        result.Events.ShouldBe([new Ev.Text("ok")]);
    }

    [Fact]
    public async Task A_factory_that_returns_null_fails_clearly_and_is_not_retried()
    {
        var calls = 0;
        var stream = StreamRetry.Create<Ev>(_ =>
        {
            calls++;
            return null!;
        }, Ev.Rules, Ev.Options(_time, policy: SeedPolicy(3)));

        var result = await Drive.CollectAsync(stream, _time);

        calls.ShouldBe(1);
        result.Error.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("returned null");
    }

    [Fact]
    public async Task Each_enumeration_makes_its_own_attempts()
    {
        var source = new ScriptedSource<Ev>(attempt => attempt % 2 == 0 ? [Throw(new StreamException("odd"))] : [Text($"t{attempt}")]);
        var stream = StreamRetry.Create(source.Open, Ev.Rules, Ev.Options(_time, policy: SeedPolicy(3)));

        (await Drive.CollectAsync(stream, _time)).Events.ShouldBe([new Ev.Text("t1")]);
        (await Drive.CollectAsync(stream, _time)).Events.ShouldBe([new Ev.Text("t3")]);
        source.Calls.ShouldBe(4);
    }

    [Fact]
    public async Task Without_options_nothing_is_preamble_and_the_system_clock_is_used()
    {
        // A plain stream of numbers: no preamble, no in-band errors, zero delays so the real clock never waits.
        var source = new ScriptedSource<int>([[Script.Throw<int>(new StreamException("reset"))], [Script.Yield(1), Script.Yield(2)]]);
        var stream = StreamRetry.Create(source.Open, new StreamRetryRules<int>(), new RetryOptions { Policy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero } });

        var read = new List<int>();
        await foreach (var item in stream)
        {
            read.Add(item);
        }

        read.ShouldBe([1, 2]);
        source.Calls.ShouldBe(2);
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Should.Throw<ArgumentNullException>(() => StreamRetry.Create<Ev>(null!, Ev.Rules)).ParamName.ShouldBe("open");
        Should.Throw<ArgumentNullException>(() => StreamRetry.Create<Ev>(_ => null!, null!)).ParamName.ShouldBe("rules");
        Should.Throw<ArgumentNullException>(() => StreamRetry.Create<Ev>(_ => null!, Ev.Rules, (Polly.ResiliencePipeline)null!)).ParamName.ShouldBe("pipeline");
        Should.Throw<ArgumentNullException>(() => new RetryOptions { Policy = null! }).ParamName.ShouldBe("Policy");
        Should.Throw<ArgumentNullException>(() => new RetryOptions { RandomSource = null! }).ParamName.ShouldBe("RandomSource");
    }
}
