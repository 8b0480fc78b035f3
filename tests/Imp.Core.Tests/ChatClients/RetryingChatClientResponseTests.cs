using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.ChatClients;

/// <summary><see cref="RetryingChatClient.GetResponseAsync"/>: the whole call retried with the same policy and backoff.</summary>
public sealed class RetryingChatClientResponseTests
{
    private static readonly RetryPolicy Policy = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    private readonly ManualTimeProvider _time = new();
    private readonly List<RetryAttempt> _retries = [];

    private RetryingChatClient Retrying(IChatClient inner, Func<double>? random = null, Func<Exception, Exception?>? translate = null) =>
        new(inner, new RetryOptions
        {
            Policy = Policy,
            TimeProvider = _time,
            RandomSource = random ?? (static () => 0.0),
            OnRetry = _retries.Recorder(),
            TranslateException = translate,
        });

    private async Task<ChatResponse> AskAsync(RetryingChatClient client, CancellationToken cancellationToken = default)
    {
        var asking = client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], cancellationToken: cancellationToken);
        await Drive.RunAsync(asking, _time);
        return await asking;
    }

    private static ChatResponse Answer(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    [Fact]
    public async Task Transient_failures_are_retried_with_backoff_then_the_response_returned()
    {
        var inner = new ScriptedChatClient(call => call switch
        {
            0 => throw new ProviderException("overloaded", (HttpStatusCode)529),
            1 => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"),
            _ => Answer("Hello"),
        });

        var response = await AskAsync(Retrying(inner));

        response.Text.ShouldBe("Hello");
        inner.ResponseCalls.ShouldBe(3);
        _retries.ConvertAll(r => r.Delay).ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]);
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(3));
        inner.Messages.ShouldAllBe(m => m.Length == 1 && m[0].Text == "hi");
    }

    [Fact]
    public async Task A_non_retryable_failure_surfaces_as_is()
    {
        var denied = new AuthException("bad key");
        var inner = new ScriptedChatClient(_ => throw denied);

        var error = await Should.ThrowAsync<AuthException>(() => AskAsync(Retrying(inner)));

        error.ShouldBeSameAs(denied);
        inner.ResponseCalls.ShouldBe(1);
        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Retry_after_is_waited_exactly_and_one_above_max_delay_gives_up()
    {
        var tooLong = new RateLimitedException(TimeSpan.FromSeconds(30));
        var inner = new ScriptedChatClient(call => call switch
        {
            0 => throw new RateLimitedException(TimeSpan.FromSeconds(4)),
            _ => throw tooLong,
        });

        var error = await Should.ThrowAsync<RateLimitedException>(() => AskAsync(Retrying(inner, random: static () => 0.99)));

        error.ShouldBeSameAs(tooLong);
        inner.ResponseCalls.ShouldBe(2);
        _retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(4));
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task The_translation_hook_applies_and_the_caller_gets_the_original()
    {
        var opaque = new InvalidOperationException("provider said 503");
        var inner = new ScriptedChatClient(_ => throw opaque);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => AskAsync(Retrying(inner, translate: static e => new ProviderException(e.Message, HttpStatusCode.ServiceUnavailable, e))));

        error.ShouldBeSameAs(opaque);
        inner.ResponseCalls.ShouldBe(Policy.MaxRetries + 1);
        _retries.ShouldAllBe(r => ReferenceEquals(r.Error, opaque));
    }

    [Fact]
    public async Task Cancelling_during_a_delay_stops_at_once()
    {
        using var cancellation = new CancellationTokenSource();
        var inner = new ScriptedChatClient(_ => throw new StreamException("reset"));
        var asking = Retrying(inner).GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], cancellationToken: cancellation.Token);
        await RetryingChatClientStreamingTests.WaitUntilAsync(() => _time.PendingDelays.Count == 1);

        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => asking.WaitAsync(TimeSpan.FromSeconds(10)));
        inner.ResponseCalls.ShouldBe(1);
        inner.ResponseTokens.ShouldBe([cancellation.Token]);
        _time.ActiveTimers.ShouldBe(0);
        _time.Elapsed.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_null_response_from_the_inner_client_is_a_clear_error()
    {
        var inner = new ScriptedChatClient(_ => null!);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => AskAsync(Retrying(inner)));

        error.Message.ShouldContain("ScriptedChatClient");
        error.Message.ShouldContain("null response");
    }
}
