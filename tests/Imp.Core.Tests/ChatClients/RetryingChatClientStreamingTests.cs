using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;
using static Imp.Core.Tests.ChatClients.Support.ScriptedChatClient;

namespace Imp.Core.Tests.ChatClients;

/// <summary>Streaming through <see cref="RetryingChatClient"/>: retried before the first meaningful update, never after.</summary>
public sealed class RetryingChatClientStreamingTests
{
    private static readonly RetryPolicy Policy = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    private readonly ManualTimeProvider _time = new();
    private readonly List<RetryAttempt> _retries = [];

    private RetryingChatClient Retrying(IChatClient inner, RetryPolicy? policy = null, Func<Exception, Exception?>? translate = null) =>
        new(inner, new RetryOptions
        {
            Policy = policy ?? Policy,
            TimeProvider = _time,
            RandomSource = static () => 0.0,
            OnRetry = _retries.Recorder(),
            TranslateException = translate,
        });

    private Task<Collected<ChatResponseUpdate>> StreamAsync(RetryingChatClient client, int take = int.MaxValue, CancellationToken cancellationToken = default) =>
        Drive.CollectAsync(client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], cancellationToken: cancellationToken), _time, take, CancellationToken.None);

    private static string TextOf(Collected<ChatResponseUpdate> collected) => string.Concat(collected.Events.Select(u => u.Text));

    private static void ShouldAllBeDisposedOnce(ScriptedChatClient inner)
    {
        inner.Stream.Opened.ShouldNotBeEmpty();
        inner.Stream.Opened.ShouldAllBe(e => e.DisposeCount == 1 && !e.UsedAfterDispose);
    }

    [Fact]
    public async Task Failures_before_the_first_meaningful_update_are_retried_with_backoff()
    {
        var inner = new ScriptedChatClient(
            [Fail(new StreamException("reset"))],
            [Fail(new HttpRequestException(HttpRequestError.ConnectionError, "refused"))],
            [Text("Hello"), Text(", world")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeNull();
        TextOf(result).ShouldBe("Hello, world");
        inner.Stream.Calls.ShouldBe(3);
        _retries.Select(r => r.Delay).ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
        _retries.Select(r => r.Attempt).ShouldBe([0, 1]);
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(3));
        ShouldAllBeDisposedOnce(inner);
    }

    [Fact]
    public async Task A_failure_after_meaningful_text_surfaces_as_is_and_nothing_is_replayed()
    {
        var reset = new StreamException("reset mid-answer");
        var inner = new ScriptedChatClient([Text("Hel"), Fail(reset)], [Text("Hello")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeSameAs(reset);
        TextOf(result).ShouldBe("Hel");
        inner.Stream.Calls.ShouldBe(1);
        _retries.ShouldBeEmpty();
        ShouldAllBeDisposedOnce(inner);
    }

    [Fact]
    public async Task Preamble_is_held_back_and_delivered_once_from_the_attempt_that_succeeds()
    {
        var inner = new ScriptedChatClient(
            [Preamble("first"), Usage(1), Script.Yield(new ChatResponseUpdate(ChatRole.Assistant, string.Empty)), Fail(new StreamException("reset"))],
            [Preamble("second"), Text("ok")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeNull();
        result.Events.Count.ShouldBe(2);
        result.Events[0].ResponseId.ShouldBe("second");
        result.Events[1].Text.ShouldBe("ok");
        result.Events.ShouldNotContain(u => u.ResponseId == "first" || u.Contents.OfType<UsageContent>().Any());
    }

    [Fact]
    public async Task A_stream_of_preamble_alone_still_delivers_it()
    {
        var inner = new ScriptedChatClient([Preamble("only"), Usage(3)]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeNull();
        result.Events.Select(u => u.ResponseId).ShouldBe(["only", null]);
        result.Events[1].Contents.ShouldHaveSingleItem().ShouldBeOfType<UsageContent>().Details.OutputTokenCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("overloaded_error", typeof(ProviderException))]
    [InlineData("rate_limit_error", typeof(RateLimitedException))]
    [InlineData("529", typeof(ProviderException))]
    [InlineData("429", typeof(RateLimitedException))]
    public async Task A_retryable_in_band_error_before_anything_meaningful_is_retried(string code, Type expected)
    {
        var inner = new ScriptedChatClient([Preamble("first"), ErrorUpdate("busy", code)], [Preamble("second"), Text("ok")]);

        var result = await StreamAsync(Retrying(inner));

        TextOf(result).ShouldBe("ok");
        result.Events.ShouldNotContain(u => u.Contents.OfType<ErrorContent>().Any());
        inner.Stream.Calls.ShouldBe(2);
        _retries.ShouldHaveSingleItem().Error.ShouldBeOfType(expected);
        ShouldAllBeDisposedOnce(inner);
    }

    [Fact]
    public async Task An_overloaded_in_band_error_is_reported_as_a_529()
    {
        var inner = new ScriptedChatClient([ErrorUpdate("Overloaded", "overloaded_error")], [Text("ok")]);

        await StreamAsync(Retrying(inner));

        _retries.ShouldHaveSingleItem().Error.ShouldBeOfType<ProviderException>().StatusCode.ShouldBe((HttpStatusCode)529);
    }

    [Fact]
    public async Task A_non_retryable_in_band_error_is_delivered_as_an_ordinary_update()
    {
        var inner = new ScriptedChatClient([Preamble("r"), ErrorUpdate("bad request", "invalid_request_error")], [Text("never")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeNull();
        inner.Stream.Calls.ShouldBe(1);
        result.Events.Count.ShouldBe(2);
        result.Events[1].Contents.ShouldHaveSingleItem().ShouldBeOfType<ErrorContent>().Message.ShouldBe("bad request");
    }

    [Fact]
    public async Task An_in_band_error_after_meaningful_text_is_delivered_not_retried()
    {
        var inner = new ScriptedChatClient([Text("partial"), ErrorUpdate("Overloaded", "overloaded_error")], [Text("never")]);

        var result = await StreamAsync(Retrying(inner));

        inner.Stream.Calls.ShouldBe(1);
        result.Events.Count.ShouldBe(2);
        result.Events[1].Contents.ShouldHaveSingleItem().ShouldBeOfType<ErrorContent>();
    }

    [Fact]
    public async Task In_band_errors_that_keep_coming_are_delivered_once_the_retries_are_spent()
    {
        var policy = new RetryPolicy { MaxRetries = 2, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };
        var inner = new ScriptedChatClient([ErrorUpdate("Overloaded", "overloaded_error")]);

        var result = await StreamAsync(Retrying(inner, policy));

        inner.Stream.Calls.ShouldBe(3);
        _retries.Count.ShouldBe(2);
        result.Events.ShouldHaveSingleItem().Contents.ShouldHaveSingleItem().ShouldBeOfType<ErrorContent>();
    }

    [Fact]
    public async Task A_non_retryable_failure_surfaces_as_is_without_a_retry()
    {
        var denied = new AuthException("bad key");
        var inner = new ScriptedChatClient([Preamble("r"), Fail(denied)], [Text("never")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeSameAs(denied);
        result.Events.ShouldBeEmpty();
        inner.Stream.Calls.ShouldBe(1);
        _retries.ShouldBeEmpty();
        ShouldAllBeDisposedOnce(inner);
    }

    [Fact]
    public async Task The_last_failure_surfaces_as_is_once_the_retries_are_spent()
    {
        var policy = new RetryPolicy { MaxRetries = 2, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };
        var errors = Enumerable.Range(0, 3).Select(i => new StreamException($"reset {i}")).ToArray();
        var inner = new ScriptedChatClient([Fail(errors[0])], [Fail(errors[1])], [Fail(errors[2])]);

        var result = await StreamAsync(Retrying(inner, policy));

        result.Error.ShouldBeSameAs(errors[2]);
        inner.Stream.Calls.ShouldBe(3);
        _retries.Select(r => r.Error).ShouldBe([errors[0], errors[1]]);
    }

    [Fact]
    public async Task Retry_after_is_waited_exactly_without_jitter()
    {
        var inner = new ScriptedChatClient([Fail(new RateLimitedException(TimeSpan.FromSeconds(7)))], [Text("ok")]);
        var client = new RetryingChatClient(inner, new RetryOptions
        {
            Policy = Policy,
            TimeProvider = _time,
            RandomSource = static () => 0.99,
            OnRetry = _retries.Recorder(),
        });

        var result = await StreamAsync(client);

        TextOf(result).ShouldBe("ok");
        _retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(7));
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_retry_after_above_max_delay_gives_up_at_once()
    {
        var tooLong = new RateLimitedException(TimeSpan.FromSeconds(11));
        var inner = new ScriptedChatClient([Fail(tooLong)], [Text("never")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeSameAs(tooLong);
        inner.Stream.Calls.ShouldBe(1);
        _retries.ShouldBeEmpty();
        _time.Elapsed.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task Cancelling_during_a_delay_stops_at_once_and_opens_nothing_more()
    {
        var inner = new ScriptedChatClient([Fail(new StreamException("reset"))], [Text("never")]);
        using var cancellation = new CancellationTokenSource();
        var client = Retrying(inner);

        await using var enumerator = client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], cancellationToken: cancellation.Token).GetAsyncEnumerator();
        var moving = enumerator.MoveNextAsync().AsTask();
        await WaitUntilAsync(() => _time.PendingDelays.Count == 1);
        _time.PendingDelays.ShouldBe([TimeSpan.FromSeconds(1)]);

        await cancellation.CancelAsync();

        var error = await Should.ThrowAsync<OperationCanceledException>(() => moving.WaitAsync(TimeSpan.FromSeconds(10)));
        error.CancellationToken.ShouldBe(cancellation.Token);
        inner.Stream.Calls.ShouldBe(1);
        _time.ActiveTimers.ShouldBe(0);
        _time.Elapsed.ShouldBe(TimeSpan.Zero);
        ShouldAllBeDisposedOnce(inner);
    }

    [Fact]
    public async Task The_callers_token_reaches_every_attempt()
    {
        using var cancellation = new CancellationTokenSource();
        var inner = new ScriptedChatClient([Fail(new StreamException("reset"))], [Text("ok")]);

        var result = await StreamAsync(Retrying(inner), cancellationToken: cancellation.Token);

        TextOf(result).ShouldBe("ok");
        inner.Stream.Tokens.ShouldBe([cancellation.Token, cancellation.Token]);
    }

    [Fact]
    public async Task The_callers_cancellation_is_never_retried_even_when_the_failure_looks_transient()
    {
        using var cancellation = new CancellationTokenSource();
        var aborted = new System.IO.IOException("request aborted");
        var calls = 0;
        var inner = new LambdaChatClient((_, _) =>
        {
            calls++;
            cancellation.Cancel();
            throw aborted;
        });

        // The hook calls everything transient; the caller's cancellation still wins.
        var result = await StreamAsync(Retrying(inner, translate: static e => new StreamException("looks transient", e)), cancellationToken: cancellation.Token);

        result.Error.ShouldBeSameAs(aborted);
        calls.ShouldBe(1);
        _retries.ShouldBeEmpty();
        _time.CreatedTimers.ShouldBe(0);
    }

    [Fact]
    public async Task Every_upstream_is_disposed_when_the_consumer_stops_early()
    {
        var inner = new ScriptedChatClient([Fail(new StreamException("reset"))], [Text("a"), Text("b"), Text("c")]);

        var result = await StreamAsync(Retrying(inner), take: 1);

        result.Events.ShouldHaveSingleItem().Text.ShouldBe("a");
        ShouldAllBeDisposedOnce(inner);
        inner.Stream.Opened[1].Position.ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_attempt_is_disposed_before_its_delay()
    {
        var inner = new ScriptedChatClient([Preamble("r"), ErrorUpdate("Overloaded", "overloaded_error")], [Fail(new StreamException("reset"))], [Text("ok")]);
        var disposedAtRetry = new List<int>();
        var client = new RetryingChatClient(inner, new RetryOptions
        {
            Policy = Policy,
            TimeProvider = _time,
            OnRetry = (r, _) => { disposedAtRetry.Add(inner.Stream.Opened[r.Attempt].DisposeCount); return ValueTask.CompletedTask; },
        });

        await StreamAsync(client);

        disposedAtRetry.ShouldBe([1, 1]);
        ShouldAllBeDisposedOnce(inner);
    }

    [Fact]
    public async Task The_translation_hook_decides_and_the_caller_and_on_retry_still_see_the_original()
    {
        var policy = new RetryPolicy { MaxRetries = 1, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };
        var first = new ProviderSpecificException(529);
        var second = new ProviderSpecificException(529);
        var inner = new ScriptedChatClient([Fail(first)], [Fail(second)]);

        var result = await StreamAsync(Retrying(inner, policy, translate: static e =>
            e is ProviderSpecificException p ? new ProviderException(p.Message, (HttpStatusCode)p.Status, p) : null));

        inner.Stream.Calls.ShouldBe(2);
        _retries.ShouldHaveSingleItem().Error.ShouldBeSameAs(first);
        result.Error.ShouldBeSameAs(second);
    }

    [Fact]
    public async Task Without_a_hook_the_same_provider_exception_is_not_retried()
    {
        var opaque = new ProviderSpecificException(529);
        var inner = new ScriptedChatClient([Fail(opaque)], [Text("never")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeSameAs(opaque);
        inner.Stream.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task The_default_translation_finds_a_network_error_in_the_inner_chain()
    {
        var policy = new RetryPolicy { MaxRetries = 1, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };
        Exception Wrapped() => new InvalidOperationException("SDK I/O error", new HttpRequestException("send failed", new System.IO.IOException("reset", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset))));
        var (first, second) = (Wrapped(), Wrapped());
        var inner = new ScriptedChatClient([Fail(first)], [Fail(second)]);

        var result = await StreamAsync(Retrying(inner, policy));

        inner.Stream.Calls.ShouldBe(2);
        _retries.ShouldHaveSingleItem().Error.ShouldBeSameAs(first);
        result.Error.ShouldBeSameAs(second);
        result.Error!.StackTrace.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_cancellation_in_the_inner_chain_is_not_taken_for_a_network_error()
    {
        var wrapped = new InvalidOperationException("SDK error", new OperationCanceledException("stopped", new HttpRequestException(HttpRequestError.ConnectionError, "refused")));
        var inner = new ScriptedChatClient([Fail(wrapped)], [Text("never")]);

        var result = await StreamAsync(Retrying(inner));

        result.Error.ShouldBeSameAs(wrapped);
        inner.Stream.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Every_attempt_sends_the_same_messages_read_once()
    {
        var reads = 0;
        IEnumerable<ChatMessage> Lazy()
        {
            reads++;
            yield return new ChatMessage(ChatRole.User, "hi");
        }

        var inner = new ScriptedChatClient([Fail(new StreamException("reset"))], [Text("ok")]);

        await Drive.CollectAsync(Retrying(inner).GetStreamingResponseAsync(Lazy()), _time);

        reads.ShouldBe(1);
        inner.Messages.Count.ShouldBe(2);
        inner.Messages.ShouldAllBe(m => m.Length == 1 && m[0].Text == "hi");
    }

    [Fact]
    public void Null_arguments_and_a_bad_policy_are_rejected()
    {
        var inner = new ScriptedChatClient([Text("ok")]);

        Should.Throw<ArgumentNullException>(() => new RetryingChatClient(null!));
        Should.Throw<ArgumentNullException>(() => new RetryingChatClient(inner).GetStreamingResponseAsync(null!)).ParamName.ShouldBe("messages");
        var bad = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) };
        Should.Throw<ArgumentException>(() => new RetryingChatClient(inner, new RetryOptions { Policy = bad })).Message.ShouldContain("MaxDelay");
        Should.Throw<ArgumentNullException>(() => new RetryOptions { RandomSource = null! }).ParamName.ShouldBe("RandomSource");
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(1, timeout.Token);
        }
    }

    /// <summary>An SDK's own exception type, opaque to imp's classifier: only a translation hook knows its status.</summary>
    private sealed class ProviderSpecificException(int status) : Exception($"Provider said {status}.")
    {
        public int Status { get; } = status;
    }
}
