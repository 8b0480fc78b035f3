using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Anthropic.Exceptions;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;
using static Imp.Core.Tests.ChatClients.Anthropic.AnthropicFault;

namespace Imp.Core.Tests.ChatClients.Anthropic;

/// <summary>
/// The official Anthropic SDK's <see cref="IChatClient"/>, with its own retries off, wrapped in a
/// <see cref="RetryingChatClient"/> and streamed against <see cref="AnthropicLoopbackServer"/> through fault schedules.
/// The retry delays run on a manual clock, so nothing sleeps; the network is real.
/// </summary>
public sealed class AnthropicRetryEndToEndTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    private static readonly string Answer = string.Concat(AnthropicLoopbackServer.Deltas);
    private static readonly RetryPolicy Policy = new() { MaxRetries = 4, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    /// <summary>The one thing the default translation cannot know: the SDK's type for an SSE <c>error</c> event.</summary>
    private static readonly Func<Exception, Exception?> SseErrors = static error => error switch
    {
        AnthropicSseException sse when sse.Type?.Raw() == "overloaded_error" => new ProviderException(sse.Message, (HttpStatusCode)529, sse),
        AnthropicSseException sse when sse.Type?.Raw() == "rate_limit_error" => new RateLimitedException(retryAfter: null, sse.Message, sse),
        _ => null,
    };

    private readonly ManualTimeProvider _time = new();
    private readonly List<RetryAttempt> _retries = [];

    private RetryingChatClient Client(AnthropicLoopbackServer server, bool captureHandler = true, Func<Exception, Exception?>? translate = null)
    {
        var anthropic = new global::Anthropic.AnthropicClient
        {
            BaseUrl = server.BaseUrl,
            ApiKey = "test-key",
            MaxRetries = 0,
            Timeout = Bound,
            Handlers = captureHandler ? [new HttpFailureCaptureHandler()] : [],
        };
        return new RetryingChatClient(anthropic.AsIChatClient("claude-test"), new RetryOptions
        {
            Policy = Policy,
            TimeProvider = _time,
            RandomSource = static () => 0.0,
            OnRetry = _retries.Recorder(),
            TranslateException = translate,
        });
    }

    private async Task<(List<ChatResponseUpdate> Updates, Exception? Error)> StreamAsync(RetryingChatClient client)
    {
        var updates = new List<ChatResponseUpdate>();
        using var bound = new CancellationTokenSource(Bound);
        async Task<Exception?> ReadAsync()
        {
            try
            {
                await foreach (var update in client.GetStreamingResponseAsync("Say hello", new ChatOptions { MaxOutputTokens = 64 }, bound.Token))
                {
                    updates.Add(update);
                }
            }
            catch (Exception error) when (!bound.IsCancellationRequested)
            {
                return error;
            }

            return null;
        }

        var reading = ReadAsync();
        await AdvanceUntilDoneAsync(reading, bound.Token);
        return (updates, await reading);
    }

    // The network is real, so its work takes real time: poll, and fire each retry delay as soon as it is pending.
    private async Task AdvanceUntilDoneAsync(Task task, CancellationToken bound)
    {
        while (!task.IsCompleted)
        {
            if (!_time.AdvanceToNextTimer())
            {
                await Task.WhenAny(task, Task.Delay(5, bound));
            }

            bound.ThrowIfCancellationRequested();
        }
    }

    private static string TextOf(IEnumerable<ChatResponseUpdate> updates) => string.Concat(updates.Select(u => u.Text));

    private static TimeSpan[] Seconds(params int[] seconds) => seconds.Select(s => TimeSpan.FromSeconds(s)).ToArray();

    [Fact]
    public async Task Every_fault_before_the_answer_is_retried_and_the_answer_arrives_once()
    {
        await using var server = new AnthropicLoopbackServer(ResetBeforeResponse, Overloaded529, SseOverloadedBeforeContent, RateLimited429, None);

        var (updates, error) = await StreamAsync(Client(server, translate: SseErrors));

        error.ShouldBeNull();
        TextOf(updates).ShouldBe(Answer);
        server.Requests.Count.ShouldBe(5);
        server.Requests.ShouldAllBe(r => r.StartsWith("POST /v1/messages ", StringComparison.Ordinal) && r.Contains("\"stream\":true"));

        // Backoff 1 s, 2 s, 4 s for the first three; the 429's Retry-After (3 s) exactly, not the 8 s backoff.
        _retries.Select(r => r.Delay).ShouldBe(Seconds(1, 2, 4, 3));
        _time.Elapsed.ShouldBe(TimeSpan.FromSeconds(10));

        // Nothing of the failed attempts leaks through: not even the preamble of the one that reached message_start.
        updates.Where(u => u.MessageId is not null).ShouldAllBe(u => u.MessageId == "msg_4");
    }

    [Fact]
    public async Task The_sdk_exceptions_for_each_fault_are_what_the_retry_reports()
    {
        await using var server = new AnthropicLoopbackServer(ResetBeforeResponse, Overloaded529, SseOverloadedBeforeContent, RateLimited429, None);

        await StreamAsync(Client(server, translate: SseErrors));

        _retries.Count.ShouldBe(4);
        var reset = _retries[0].Error.ShouldBeOfType<AnthropicIOException>();
        reset.InnerException.ShouldBeOfType<System.Net.Http.HttpRequestException>();
        _retries[1].Error.ShouldBeOfType<AnthropicOverloadedException>().StatusCode.ShouldBe((HttpStatusCode)529);
        _retries[2].Error.ShouldBeOfType<AnthropicSseException>().Type?.Raw().ShouldBe("overloaded_error");
        _retries[3].Error.ShouldBeOfType<AnthropicRateLimitException>().StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData(ResetBeforeResponse, 1)]
    [InlineData(Overloaded529, 1)]
    [InlineData(RateLimited429, 3)]
    public async Task Each_http_fault_alone_is_recognised_by_the_default_translation(AnthropicFault fault, int delaySeconds)
    {
        await using var server = new AnthropicLoopbackServer(fault, None);

        var (updates, error) = await StreamAsync(Client(server));

        error.ShouldBeNull();
        TextOf(updates).ShouldBe(Answer);
        server.Requests.Count.ShouldBe(2);
        _retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(delaySeconds));
    }

    [Fact]
    public async Task An_sse_error_event_is_opaque_without_the_hook()
    {
        await using var server = new AnthropicLoopbackServer(SseOverloadedBeforeContent, None);

        var (updates, error) = await StreamAsync(Client(server));

        error.ShouldBeOfType<AnthropicSseException>();
        updates.ShouldBeEmpty();
        server.Requests.Count.ShouldBe(1);
        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_the_capture_handler_a_529_is_opaque_and_surfaces_as_the_sdk_threw_it()
    {
        // AnthropicApiException keeps the status on its own type and no HttpRequestException inside: nothing imp can read.
        await using var server = new AnthropicLoopbackServer(Overloaded529, None);

        var (_, error) = await StreamAsync(Client(server, captureHandler: false));

        error.ShouldBeOfType<AnthropicOverloadedException>().InnerException.ShouldBeNull();
        server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_cut_after_the_first_text_is_not_retried_and_no_text_is_duplicated()
    {
        await using var server = new AnthropicLoopbackServer(CutAfterFirstDelta, None);

        var (updates, error) = await StreamAsync(Client(server));

        // Mid-stream the SDK lets the HTTP stack's own exception through: it surfaces as is.
        error.ShouldBeOfType<System.Net.Http.HttpIOException>().HttpRequestError.ShouldBe(System.Net.Http.HttpRequestError.ResponseEnded);
        TextOf(updates).ShouldBe(AnthropicLoopbackServer.Deltas[0]);
        server.Requests.Count.ShouldBe(1);
        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_retry_after_is_honoured_for_a_non_streaming_response_too()
    {
        await using var server = new AnthropicLoopbackServer(RateLimited429, None);
        var client = Client(server);
        using var bound = new CancellationTokenSource(Bound);

        var asking = client.GetResponseAsync("Say hello", new ChatOptions { MaxOutputTokens = 64 }, bound.Token);
        await AdvanceUntilDoneAsync(asking, bound.Token);
        var response = await asking;

        response.Text.ShouldBe(Answer);
        server.Requests.Count.ShouldBe(2);
        server.Requests.ShouldAllBe(r => !r.Contains("\"stream\":true"));
        _retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(3));
        _retries[0].Error.ShouldBeOfType<AnthropicRateLimitException>();
    }

    [Fact]
    public async Task Faults_beyond_the_retries_surface_as_the_sdk_threw_them()
    {
        await using var server = new AnthropicLoopbackServer(Overloaded529, Overloaded529, Overloaded529, Overloaded529, Overloaded529, None);

        var (updates, error) = await StreamAsync(Client(server));

        error.ShouldBeOfType<AnthropicOverloadedException>();
        updates.ShouldBeEmpty();
        server.Requests.Count.ShouldBe(Policy.MaxRetries + 1);
        _retries.Select(r => r.Delay).ShouldBe(Seconds(1, 2, 4, 8));
    }
}
