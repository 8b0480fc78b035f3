using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.ChatClients;

/// <summary>
/// With <see cref="HttpFailureCaptureHandler"/> in a provider's HTTP pipeline, the status and Retry-After of a failed
/// response decide the retry, whatever exception the provider makes of it.
/// </summary>
public sealed class HttpFailureCaptureHandlerTests
{
    private static readonly RetryPolicy Policy = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

    private readonly ManualTimeProvider _time = new();
    private readonly List<RetryAttempt> _retries = [];

    private static Func<HttpResponseMessage> Status(int status, Action<HttpResponseMessage>? headers = null) => () =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(status < 400 ? "ok" : "{\"error\":\"no\"}") };
        headers?.Invoke(response);
        return response;
    };

    private (RetryingChatClient Client, ScriptedHttpHandler Server) Build(bool capture, params Func<HttpResponseMessage>[] responses)
    {
        var server = new ScriptedHttpHandler(responses);
        HttpMessageHandler pipeline = capture ? new HttpFailureCaptureHandler(server) : server;
        var sdk = new FakeSdkChatClient(new HttpClient(pipeline));
        var client = new RetryingChatClient(sdk, new RetryOptions
        {
            Policy = Policy,
            TimeProvider = _time,
            RandomSource = static () => 0.5,
            OnRetry = _retries.Recorder(),
        });
        return (client, server);
    }

    private async Task<Collected<ChatResponseUpdate>> StreamAsync(RetryingChatClient client) =>
        await Drive.CollectAsync(client.GetStreamingResponseAsync("hi"), _time);

    [Fact]
    public async Task A_429_is_retried_after_exactly_its_retry_after_seconds()
    {
        var (client, server) = Build(capture: true, Status(429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3))), Status(200));

        var result = await StreamAsync(client);

        result.Events.ShouldHaveSingleItem().Text.ShouldBe("ok");
        server.Requests.ShouldBe(2);
        var retry = _retries.ShouldHaveSingleItem();
        retry.Delay.ShouldBe(TimeSpan.FromSeconds(3));
        retry.Error.ShouldBeOfType<FakeSdkChatClient.SdkException>();
    }

    [Fact]
    public async Task A_retry_after_date_is_read_against_the_responses_date()
    {
        var sent = new DateTimeOffset(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var (client, _) = Build(capture: true, Status(429, r =>
        {
            r.Headers.Date = sent;
            r.Headers.RetryAfter = new RetryConditionHeaderValue(sent.AddSeconds(6));
        }), Status(200));

        await StreamAsync(client);

        _retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task A_retry_after_above_max_delay_gives_up_with_the_providers_exception()
    {
        var (client, server) = Build(capture: true, Status(429, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(60))), Status(200));

        var result = await StreamAsync(client);

        result.Error.ShouldBeOfType<FakeSdkChatClient.SdkException>().Message.ShouldContain("429");
        server.Requests.ShouldBe(1);
        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_529_is_a_server_error_retried_with_backoff()
    {
        var (client, server) = Build(capture: true, Status(529), Status(200));

        var response = await RunAsync(client.GetResponseAsync("hi"));

        response.Text.ShouldBe("ok");
        server.Requests.ShouldBe(2);

        // Base 1 s plus jitter 0.5 × (500 + 1) ms: backoff, since a 529 carries no Retry-After.
        _retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromMilliseconds(1250));
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var (client, server) = Build(capture: true, Status(400), Status(200));

        await Should.ThrowAsync<FakeSdkChatClient.SdkException>(() => RunAsync(client.GetResponseAsync("hi")));

        server.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task Without_the_handler_the_same_failure_is_opaque_and_not_retried()
    {
        var (client, server) = Build(capture: false, Status(529), Status(200));

        var result = await StreamAsync(client);

        result.Error.ShouldBeOfType<FakeSdkChatClient.SdkException>();
        server.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task A_success_after_a_provider_side_retry_replaces_the_failed_status()
    {
        // The SDK retried a 529 itself and then failed for its own reason: the later 200 is what counts.
        var server = new ScriptedHttpHandler(Status(529), Status(200));
        using var http = new HttpClient(new HttpFailureCaptureHandler(server));
        var calls = 0;
        var inner = new LambdaChatClient((_, ct) => SdkRetriesThenFailsAsync(http, () => calls++));
        var client = new RetryingChatClient(inner, new RetryOptions { Policy = Policy, TimeProvider = _time });

        var result = await StreamAsync(client);

        result.Error.ShouldBeOfType<FormatException>();
        calls.ShouldBe(1);
    }

    [Fact]
    public async Task The_handler_passes_requests_and_responses_through_outside_a_retrying_call()
    {
        var server = new ScriptedHttpHandler(Status(503));
        using var http = new HttpClient(new HttpFailureCaptureHandler(server));

        using var response = await http.GetAsync(new Uri("http://sdk.test/"));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        server.Requests.ShouldBe(1);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> SdkRetriesThenFailsAsync(HttpClient http, Action called)
    {
        called();
        (await http.GetAsync(new Uri("http://sdk.test/"))).Dispose();
        (await http.GetAsync(new Uri("http://sdk.test/"))).Dispose();
        yield return await Task.FromException<ChatResponseUpdate>(new FormatException("the SDK could not parse the body"));
    }

    private async Task<T> RunAsync<T>(Task<T> task)
    {
        await Drive.RunAsync(task, _time);
        return await task;
    }
}
