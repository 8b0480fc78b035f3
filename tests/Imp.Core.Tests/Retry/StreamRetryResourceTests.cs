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

/// <summary>Every upstream enumerator is disposed; the caller's token cancels at once and is never retried; nothing is left running.</summary>
public sealed class StreamRetryResourceTests
{
    private static readonly RetryPolicy Policy = new() { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    private readonly ManualTimeProvider _time = new();

    private static ScriptStep<Ev> Text(string text) => Script.Yield<Ev>(new Ev.Text(text));

    private static ScriptStep<Ev> Fail() => Script.Throw<Ev>(new StreamException("reset"));

    private IAsyncEnumerable<Ev> Retrying(ScriptedSource<Ev> source, RetryOptions? options = null) =>
        StreamRetry.Create(source.Open, Ev.Rules, options ?? Ev.Options(_time, policy: Policy));

    private static void ShouldAllBeDisposedOnce(ScriptedSource<Ev> source)
    {
        source.Opened.ShouldNotBeEmpty();
        source.Opened.ShouldAllBe(e => e.DisposeCount == 1 && !e.UsedAfterDispose);
    }

    [Fact]
    public async Task Each_failed_attempt_is_disposed_before_its_delay()
    {
        var source = new ScriptedSource<Ev>(attempt => attempt < 3 ? [Fail()] : [Text("ok")]);
        var disposedAtRetry = new List<int>();

        await Drive.CollectAsync(Retrying(source, Ev.Options(_time) with { OnRetry = (r, _) => { disposedAtRetry.Add(source.Opened[r.Attempt].DisposeCount); return ValueTask.CompletedTask; } }), _time);

        disposedAtRetry.ShouldBe([1, 1, 1]);
        ShouldAllBeDisposedOnce(source);
    }

    [Fact]
    public async Task The_upstream_is_disposed_on_completion()
    {
        var source = new ScriptedSource<Ev>([[Text("a"), Text("b")]]);

        await Drive.CollectAsync(Retrying(source), _time);

        ShouldAllBeDisposedOnce(source);
        source.Opened[0].Position.ShouldBe(2);
    }

    [Fact]
    public async Task The_upstream_is_disposed_when_the_consumer_stops_early()
    {
        var source = new ScriptedSource<Ev>([[Text("a"), Text("b"), Text("c")]]);

        var result = await Drive.CollectAsync(Retrying(source), _time, take: 1);

        result.Events.ShouldBe([new Ev.Text("a")]);
        ShouldAllBeDisposedOnce(source);
        source.Opened[0].Position.ShouldBe(1);
    }

    [Fact]
    public async Task A_consumer_that_never_reads_opens_nothing()
    {
        var source = new ScriptedSource<Ev>([[Text("a")]]);

        await Retrying(source).GetAsyncEnumerator().DisposeAsync();

        source.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task The_callers_token_reaches_the_factory_and_the_upstream()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new ScriptedSource<Ev>([[Fail()], [Text("ok")]]);

        await Drive.CollectAsync(Retrying(source), _time, cancellationToken: cancellation.Token);

        source.Tokens.ShouldBe([cancellation.Token, cancellation.Token]);
    }

    [Fact]
    public async Task Cancelling_during_a_delay_ends_it_at_once_without_a_retry()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new ScriptedSource<Ev>([[Fail()], [Text("never")]]);
        await using var enumerator = Retrying(source).GetAsyncEnumerator(cancellation.Token);

        var next = enumerator.MoveNextAsync().AsTask();
        _time.ActiveTimers.ShouldBe(1);
        next.IsCompleted.ShouldBeFalse();

        await cancellation.CancelAsync();

        // The clock never moved: the cancellation alone ended the wait, and took its timer with it.
        await Should.ThrowAsync<OperationCanceledException>(() => next);
        _time.Elapsed.ShouldBe(TimeSpan.Zero);
        _time.ActiveTimers.ShouldBe(0);
        source.Calls.ShouldBe(1);
        ShouldAllBeDisposedOnce(source);
    }

    [Fact]
    public async Task A_cancellation_surfacing_from_the_upstream_is_never_retried()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var source = new ScriptedSource<Ev>([[Text("never")]]);

        var result = await Drive.CollectAsync(Retrying(source), _time, cancellationToken: cancellation.Token);

        result.Error.ShouldBeAssignableTo<OperationCanceledException>();
        source.Calls.ShouldBeLessThanOrEqualTo(1);
        _time.CreatedTimers.ShouldBe(0);
        source.Opened.ShouldAllBe(e => e.DisposeCount == 1);
    }

    [Fact]
    public async Task An_upstream_cancellation_not_caused_by_the_caller_is_not_retried_either()
    {
        var source = new ScriptedSource<Ev>([[Script.Throw<Ev>(new OperationCanceledException("the upstream gave up"))], [Text("never")]]);

        var result = await Drive.CollectAsync(Retrying(source), _time);

        result.Error.ShouldBeOfType<OperationCanceledException>();
        source.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task A_client_timeout_is_retried_while_the_caller_has_not_cancelled()
    {
        var timeout = new TaskCanceledException("HttpClient.Timeout elapsed", new TimeoutException());
        var source = new ScriptedSource<Ev>([[Script.Throw<Ev>(timeout)], [Text("ok")]]);

        var result = await Drive.CollectAsync(Retrying(source), _time);

        result.Events.ShouldBe([new Ev.Text("ok")]);
        source.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task Cancelling_while_streaming_stops_even_a_source_that_ignores_the_token()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = StreamRetry.Create(_ => IgnoresTokenAsync(), Ev.Rules, Ev.Options(_time, policy: Policy));
        await using var enumerator = stream.GetAsyncEnumerator(cancellation.Token);

        (await enumerator.MoveNextAsync()).ShouldBeTrue();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(async () => await enumerator.MoveNextAsync());
    }

    [Fact]
    public async Task An_asynchronous_upstream_is_handled_the_same()
    {
        var source = new ScriptedSource<Ev>(attempt => attempt < 2 ? [Script.Yield<Ev>(new Ev.Start("m")), Fail()] : [Script.Yield<Ev>(new Ev.Start("m")), Text("a"), Text("b")], async: true);

        var result = await Drive.CollectAsync(Retrying(source), _time);

        result.Events.ShouldBe([new Ev.Start("m"), new Ev.Text("a"), new Ev.Text("b")]);
        ShouldAllBeDisposedOnce(source);
        _time.ActiveTimers.ShouldBe(0);
    }

    [Fact]
    public async Task A_throwing_retry_callback_surfaces_and_leaves_nothing_open()
    {
        var source = new ScriptedSource<Ev>([[Script.Yield<Ev>(new Ev.Failure(new StreamException("in-band")))], [Text("never")]]);
        var options = Ev.Options(_time) with { OnRetry = (_, _) => throw new InvalidOperationException("callback bug") };

        var result = await Drive.CollectAsync(Retrying(source, options), _time);

        result.Error.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("callback bug");
        source.Calls.ShouldBe(1);
        ShouldAllBeDisposedOnce(source);
    }

    [Fact]
    public async Task A_broken_jitter_source_surfaces_and_closes_the_attempt_at_once()
    {
        var source = new ScriptedSource<Ev>([[Script.Yield<Ev>(new Ev.Failure(new StreamException("in-band")))], [Text("never")]]);
        var enumerator = Retrying(source, Ev.Options(_time, random: () => 2.0)).GetAsyncEnumerator();

        var error = await Should.ThrowAsync<InvalidOperationException>(async () => await enumerator.MoveNextAsync());

        // Closed when the failure surfaced, not only when the consumer disposes.
        error.Message.ShouldContain("[0, 1)");
        ShouldAllBeDisposedOnce(source);
        await enumerator.DisposeAsync();
        ShouldAllBeDisposedOnce(source);
    }

    [Fact]
    public async Task A_stream_that_ends_during_start_up_is_closed_before_its_preamble_is_read()
    {
        var source = new ScriptedSource<Ev>([[Script.Yield<Ev>(new Ev.Start("a")), Script.Yield<Ev>(new Ev.Start("b"))]]);
        var enumerator = Retrying(source).GetAsyncEnumerator();

        (await enumerator.MoveNextAsync()).ShouldBeTrue();

        enumerator.Current.ShouldBe(new Ev.Start("a"));
        ShouldAllBeDisposedOnce(source);
        (await enumerator.MoveNextAsync()).ShouldBeTrue();
        (await enumerator.MoveNextAsync()).ShouldBeFalse();
        await enumerator.DisposeAsync();
        ShouldAllBeDisposedOnce(source);
    }

    [Fact]
    public async Task Each_enumeration_opens_its_own_attempts_even_while_another_is_open()
    {
        var opened = 0;
        var rules = new StreamRetryRules<int>(IsPreamble: static i => i == 0);
        var stream = StreamRetry.Create(_ => { opened++; return new CountingStream(3); }, rules, new RetryOptions { Policy = Policy, TimeProvider = _time });

        static async Task<List<int>> RestOf(IAsyncEnumerator<int> enumerator)
        {
            var read = new List<int>();
            while (await enumerator.MoveNextAsync())
            {
                read.Add(enumerator.Current);
            }

            return read;
        }

        await using (var first = stream.GetAsyncEnumerator())
        {
            (await first.MoveNextAsync()).ShouldBeTrue();
            first.Current.ShouldBe(0, "the held-back preamble comes first");
            await using var second = stream.GetAsyncEnumerator();
            second.ShouldNotBeSameAs(first);

            (await RestOf(second)).ShouldBe([0, 1, 2]);
            (await RestOf(first)).ShouldBe([1, 2]);
        }

        await using var third = stream.GetAsyncEnumerator();
        (await RestOf(third)).ShouldBe([0, 1, 2]);
        opened.ShouldBe(3);
    }

    [Fact]
    public void Allocations_per_stream_do_not_grow_with_the_number_of_events()
    {
        var rules = new StreamRetryRules<int>(IsPreamble: static i => i < 0);
        var options = new RetryOptions { Policy = Policy, TimeProvider = _time };

        long AllocatedFor(int events)
        {
            var stream = StreamRetry.Create(_ => new CountingStream(events), rules, options);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var enumerator = stream.GetAsyncEnumerator();
            var sum = 0L;

            // Everything completes synchronously, so the whole read stays on this thread.
            while (Synchronously(enumerator.MoveNextAsync()))
            {
                sum += enumerator.Current;
            }

            Synchronously(enumerator.DisposeAsync());
            sum.ShouldBe((long)events * (events - 1) / 2);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            AllocatedFor(10);
            AllocatedFor(1000);
        }

        AllocatedFor(10_000).ShouldBe(AllocatedFor(10));
    }

    private static bool Synchronously(ValueTask<bool> pending)
    {
        pending.IsCompletedSuccessfully.ShouldBeTrue();
        return pending.Result;
    }

    private static void Synchronously(ValueTask pending) => pending.IsCompletedSuccessfully.ShouldBeTrue();

    private static async IAsyncEnumerable<Ev> IgnoresTokenAsync()
    {
        for (var i = 0; i < 10; i++)
        {
            await Task.Yield();
            yield return new Ev.Text($"t{i}");
        }
    }

    /// <summary>Yields 0..count-1 without allocating per item, so any per-item allocation would be the wrapper's.</summary>
    private sealed class CountingStream(int count) : IAsyncEnumerable<int>, IAsyncEnumerator<int>
    {
        public int Current { get; private set; } = -1;

        public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public ValueTask<bool> MoveNextAsync() => new(++Current < count);

        public ValueTask DisposeAsync() => default;
    }
}
