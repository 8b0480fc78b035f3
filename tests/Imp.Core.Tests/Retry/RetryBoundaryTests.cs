using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>Boundaries and option plumbing that the mutation run (scripts/mutation-test.sh) found untested.</summary>
public sealed class RetryBoundaryTests
{
    [Fact]
    public void A_zero_retry_after_is_accepted_and_kept()
    {
        new RateLimitedException(TimeSpan.Zero).RetryAfter.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_rate_limit_without_a_hint_says_so()
    {
        new RateLimitedException().Message.ShouldBe("Rate limited.");
        new RateLimitedException(retryAfter: null).Message.ShouldBe("Rate limited.");
    }

    [Fact]
    public void A_condition_listed_twice_is_still_retried()
    {
        var policy = new RetryPolicy { RetryOn = [RetryCondition.Timeout, RetryCondition.Timeout] };

        policy.Retries(RetryCondition.Timeout).ShouldBeTrue();
        policy.Retries(RetryCondition.RateLimit).ShouldBeFalse();
    }

    [Theory]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(35)]
    public void Undefined_conditions_from_32_up_never_alias_a_defined_one(int value)
    {
        // A shift by 32 or more wraps in C# (1 << 32 == 1): such a value must not read as condition 0.
        RetryPolicy.Default.Retries((RetryCondition)value).ShouldBeFalse();
    }

    [Fact]
    public async Task A_stream_that_ended_keeps_answering_false()
    {
        var source = new ScriptedSource<Ev>([[Script.Yield<Ev>(new Ev.Start("m"))]]);
        var time = new ManualTimeProvider();
        await using IAsyncEnumerator<Ev> enumerator = StreamRetry.Create(source.Open, Ev.Rules, Ev.Options(time)).GetAsyncEnumerator();

        (await enumerator.MoveNextAsync()).ShouldBeTrue();
        enumerator.Current.ShouldBe(new Ev.Start("m"));
        (await enumerator.MoveNextAsync()).ShouldBeFalse();
        (await enumerator.MoveNextAsync()).ShouldBeFalse();
        (await enumerator.MoveNextAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task An_empty_stream_keeps_answering_false()
    {
        var source = new ScriptedSource<Ev>([[]]);
        await using IAsyncEnumerator<Ev> enumerator = StreamRetry.Create(source.Open, Ev.Rules, Ev.Options(new ManualTimeProvider())).GetAsyncEnumerator();

        (await enumerator.MoveNextAsync()).ShouldBeFalse();
        (await enumerator.MoveNextAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Options_changed_after_the_stream_is_created_do_not_reach_it()
    {
        // The stream copies its options when it is created: the first attempt no longer reads them, so only a failure
        // would show a missing copy, and it must still see the values of creation time.
        var time = new ManualTimeProvider();
        var seen = new List<string>();
        var options = Ev.Options(time, policy: new RetryPolicy { MaxRetries = 1 });
        options.OnRetry = (_, _) => { seen.Add("at creation"); return ValueTask.CompletedTask; };
        var source = new ScriptedSource<Ev>(attempt => attempt == 0
            ? [Script.Throw<Ev>(new StreamException("reset"))]
            : [Script.Yield<Ev>(new Ev.Text("hi"))]);
        IAsyncEnumerable<Ev> stream = StreamRetry.Create(source.Open, Ev.Rules, options);

        options.Policy = new RetryPolicy { MaxRetries = 0 };
        options.OnRetry = (_, _) => { seen.Add("changed later"); return ValueTask.CompletedTask; };
        options.TimeProvider = TimeProvider.System;
        Collected<Ev> result = await Drive.CollectAsync(stream, time);

        result.Error.ShouldBeNull();
        result.Events.ShouldBe([new Ev.Text("hi")]);
        seen.ShouldBe(["at creation"]);
        time.Elapsed.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_stream_event_overload_keeps_the_options_notification_and_clock()
    {
        var time = new ManualTimeProvider();
        var retries = new List<RetryAttempt>();
        int attempts = 0;
        async IAsyncEnumerable<StreamEvent> Open([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            if (++attempts == 1)
            {
                throw new StreamException("reset");
            }

            yield return new StreamEvent.TextDelta("hi");
        }

        var options = new RetryOptions { TimeProvider = time, RandomSource = () => 0, OnRetry = (r, _) => { retries.Add(r); return ValueTask.CompletedTask; } };
        Collected<StreamEvent> result = await Drive.CollectAsync(StreamRetry.Create(Open, options), time);

        result.Error.ShouldBeNull();
        retries.Count.ShouldBe(1);
        retries[0].Delay.ShouldBe(TimeSpan.FromSeconds(1));
        time.Elapsed.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task The_stream_event_overload_honours_a_preamble_rule_of_the_options()
    {
        var time = new ManualTimeProvider();
        int attempts = 0;
        async IAsyncEnumerable<StreamEvent> Open([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            attempts++;
            yield return new StreamEvent.MessageStart("claude");
            throw new StreamException("reset");
        }

        // Nothing is preamble here, so MessageStart is meaningful: once it is out, the failure passes through.
        var options = new RetryOptions { TimeProvider = time, RandomSource = () => 0 };
        var rules = StreamRetryRules.StreamEvents with { IsPreamble = static _ => false };
        Collected<StreamEvent> result = await Drive.CollectAsync(StreamRetry.Create(Open, rules, options), time);

        attempts.ShouldBe(1);
        result.Events.Select(e => e.AsStr()).ShouldBe(["MessageStart"]);
        result.Error.ShouldBeOfType<StreamException>();
    }

    [Fact]
    public async Task The_stream_event_overload_honours_an_in_band_error_rule_of_the_options()
    {
        var time = new ManualTimeProvider();
        int attempts = 0;
        async IAsyncEnumerable<StreamEvent> Open([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            attempts++;
            yield return StreamEvent.Error.From("overloaded_error", "Overloaded");
        }

        // No event reports a failure: the overloaded error is forwarded as an ordinary event, not retried.
        var options = new RetryOptions { TimeProvider = time, RandomSource = () => 0 };
        var rules = StreamRetryRules.StreamEvents with { InBandError = static _ => null };
        Collected<StreamEvent> result = await Drive.CollectAsync(StreamRetry.Create(Open, rules, options), time);

        attempts.ShouldBe(1);
        result.Error.ShouldBeNull();
        result.Events.Select(e => e.AsStr()).ShouldBe(["Error"]);
    }
}
