using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>What a real <see cref="HttpClient"/> throws against a loopback server, and how it is classified.</summary>
public sealed class HttpClientFailureTests
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(10);

    // Seed: http_decode_error_is_retryable — a body cut short before its declared length.
    [Fact]
    public async Task Http_truncated_body_is_retryable()
    {
        await using var server = new LoopbackServer(LoopbackServer.Truncated("not-g", declaredLength: 999));
        using var client = new HttpClient { Timeout = ClientTimeout };

        var error = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(server.Uri));

        error.HttpRequestError.ShouldBe(HttpRequestError.ResponseEnded);
        RetryClassifier.Classify(error).ShouldBe(RetryCondition.ConnectionError);
        RetryClassifier.IsRetryable(error, RetryPolicy.Default).ShouldBeTrue();
    }

    [Fact]
    public async Task Http_truncated_body_read_as_a_stream_is_retryable()
    {
        await using var server = new LoopbackServer(LoopbackServer.Truncated("not-g", declaredLength: 999));
        using var client = new HttpClient { Timeout = ClientTimeout };
        using var response = await client.GetAsync(server.Uri, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();

        var error = await Should.ThrowAsync<IOException>(() => body.CopyToAsync(Stream.Null));

        error.ShouldBeOfType<HttpIOException>().HttpRequestError.ShouldBe(HttpRequestError.ResponseEnded);
        RetryClassifier.IsRetryable(error, RetryPolicy.Default).ShouldBeTrue();
    }

    [Fact]
    public async Task Connection_refused_is_retryable()
    {
        using var client = new HttpClient { Timeout = ClientTimeout };

        var error = await Should.ThrowAsync<HttpRequestException>(() => client.GetAsync(LoopbackServer.Refusing()));

        error.HttpRequestError.ShouldBe(HttpRequestError.ConnectionError);
        RetryClassifier.Classify(error).ShouldBe(RetryCondition.ConnectionError);
    }

    [Fact]
    public async Task The_client_timeout_is_a_retryable_timeout()
    {
        await using var server = new LoopbackServer([null]);
        using var client = new HttpClient { Timeout = TimeSpan.FromMilliseconds(100) };

        var error = (await CaughtAsync(() => client.GetAsync(server.Uri))).ShouldBeOfType<TaskCanceledException>();

        error.InnerException.ShouldBeOfType<TimeoutException>();
        RetryClassifier.Classify(error).ShouldBe(RetryCondition.Timeout);
    }

    [Fact]
    public async Task The_callers_cancellation_is_never_retryable()
    {
        await using var server = new LoopbackServer([null]);
        using var client = new HttpClient { Timeout = ClientTimeout };
        using var cancellation = new CancellationTokenSource();
        var request = client.GetAsync(server.Uri, cancellation.Token);
        while (server.Accepted == 0 && !request.IsCompleted)
        {
            await Task.Yield();
        }

        await cancellation.CancelAsync();
        var error = (await CaughtAsync(() => request)).ShouldBeOfType<TaskCanceledException>();

        // Its inner chain may hold a socket error; it must not make the cancellation look transient.
        error.CancellationToken.ShouldBe(cancellation.Token);
        RetryClassifier.Classify(error).ShouldBeNull();
    }

    [Theory]
    [InlineData(503, "Service Unavailable", RetryCondition.ServerError)]
    [InlineData(429, "Too Many Requests", RetryCondition.RateLimit)]
    [InlineData(401, "Unauthorized", null)]
    [InlineData(400, "Bad Request", null)]
    public async Task A_failed_status_is_judged_by_its_code(int status, string reason, RetryCondition? expected)
    {
        await using var server = new LoopbackServer(LoopbackServer.Complete(status, reason, "{}"));
        using var client = new HttpClient { Timeout = ClientTimeout };
        using var response = await client.GetAsync(server.Uri);

        var error = Should.Throw<HttpRequestException>(() => response.EnsureSuccessStatusCode());

        RetryClassifier.Classify(error).ShouldBe(expected);
    }

    [Fact]
    public async Task StreamRetry_reopens_after_a_truncated_body_and_streams_the_retry()
    {
        await using var server = new LoopbackServer(
            LoopbackServer.Truncated("line-1\n", declaredLength: 999),
            LoopbackServer.Complete(200, "OK", "line-1\nline-2\n"));
        using var client = new HttpClient { Timeout = ClientTimeout };
        var retries = new List<RetryAttempt>();
        var policy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        var lines = StreamRetry.Create(
            ct => ReadLinesAsync(client, server.Uri, ct),
            new StreamRetryRules<string>(),
            new RetryOptions { Policy = policy, OnRetry = (r, _) => { retries.Add(r); return ValueTask.CompletedTask; } });

        var read = new List<string>();
        await foreach (var line in lines)
        {
            read.Add(line);
        }

        read.ShouldBe(["line-1", "line-2"]);
        server.Accepted.ShouldBe(2);
        retries.ShouldHaveSingleItem().Error.ShouldBeAssignableTo<HttpRequestException>();
    }

    // Awaited, not observed through a continuation: a cancelled task's own exception, with its inner one, is rethrown only so.
    private static async Task<Exception> CaughtAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception error)
        {
            return error;
        }

        throw new ShouldAssertException("Expected an exception.");
    }

    // Buffers the body first, as a provider does before parsing: the cut-short body fails before any line.
    private static async IAsyncEnumerable<string> ReadLinesAsync(HttpClient client, Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = await client.GetStringAsync(uri, cancellationToken);
        foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return line;
        }
    }
}
