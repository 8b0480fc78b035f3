using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using Polly.Timeout;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Retry;

/// <summary>Ports of imp-core's <c>is_retryable</c> tests, then the .NET exceptions and the policy's RetryOn.</summary>
public sealed class RetryClassifierTests
{
    private static readonly RetryPolicy Policy = RetryPolicy.Default;

    // Seed: rate_limited_is_retryable
    [Fact]
    public void Rate_limited_is_retryable()
    {
        var error = new RateLimitedException(TimeSpan.FromSeconds(5));

        RetryClassifier.IsRetryable(error, Policy).ShouldBeTrue();
        RetryClassifier.Classify(error).ShouldBe(RetryCondition.RateLimit);
    }

    // Seed: stream_error_is_retryable
    [Fact]
    public void Stream_error_is_retryable()
    {
        var error = new StreamException("connection reset");

        RetryClassifier.IsRetryable(error, Policy).ShouldBeTrue();
        RetryClassifier.Classify(error).ShouldBe(RetryCondition.ConnectionError);
    }

    // Seed: auth_error_is_not_retryable
    [Fact]
    public void Auth_error_is_not_retryable()
    {
        RetryClassifier.IsRetryable(new AuthException("invalid key"), Policy).ShouldBeFalse();
    }

    // Seed: provider_5xx_is_retryable (imp-core matches "HTTP 500|502|503|529" in the message; 504 is ours)
    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(529)]
    public void Provider_5xx_is_retryable(int status)
    {
        var error = new ProviderException("overloaded", (HttpStatusCode)status);

        RetryClassifier.IsRetryable(error, Policy).ShouldBeTrue();
        RetryClassifier.Classify(error).ShouldBe(RetryCondition.ServerError);
    }

    // Seed: provider_4xx_is_not_retryable
    [Fact]
    public void Provider_400_is_not_retryable()
    {
        RetryClassifier.IsRetryable(new ProviderException("bad request", HttpStatusCode.BadRequest), Policy).ShouldBeFalse();
    }

    // Seed: provider_401_is_not_retryable
    [Fact]
    public void Provider_401_is_not_retryable()
    {
        RetryClassifier.IsRetryable(new ProviderException("unauthorized", HttpStatusCode.Unauthorized), Policy).ShouldBeFalse();
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(422)]
    [InlineData(501)]
    [InlineData(505)]
    public void Other_provider_statuses_are_not_retryable(int status)
    {
        RetryClassifier.Classify(new ProviderException("no", (HttpStatusCode)status)).ShouldBeNull();
    }

    [Fact]
    public void A_provider_error_without_a_status_or_one_in_its_message_is_not_retryable()
    {
        RetryClassifier.Classify(new ProviderException("something failed")).ShouldBeNull();
    }

    // Seed: provider_5xx_is_retryable, provider_4xx_is_not_retryable, provider_401_is_not_retryable, as imp-core writes
    // them: Provider("HTTP 503: overloaded") carries its status only in the message.
    [Theory]
    [InlineData("HTTP 500: internal error", true)]
    [InlineData("HTTP 502: bad gateway", true)]
    [InlineData("HTTP 503: overloaded", true)]
    [InlineData("HTTP 529: overloaded", true)]
    [InlineData("upstream said HTTP 503 then hung up", true)]
    [InlineData("HTTP 400: bad request", false)]
    [InlineData("HTTP 401: unauthorized", false)]
    [InlineData("HTTP 504: gateway timeout", false)]
    [InlineData("HTTP 5030", true)]
    [InlineData("http 503: overloaded", false)]
    [InlineData("HTTP503", false)]
    [InlineData("", false)]
    public void A_provider_error_without_a_status_is_judged_by_its_message_as_imp_core_does(string message, bool retryable)
    {
        var error = new ProviderException(message);

        RetryClassifier.IsRetryable(error, Policy).ShouldBe(retryable);
        RetryClassifier.Classify(error).ShouldBe(retryable ? RetryCondition.ServerError : null);
    }

    [Fact]
    public void A_known_status_wins_over_the_message()
    {
        RetryClassifier.Classify(new ProviderException("HTTP 503: overloaded", HttpStatusCode.BadRequest)).ShouldBeNull();
        RetryClassifier.Classify(new ProviderException("HTTP 400: bad request", HttpStatusCode.ServiceUnavailable)).ShouldBe(RetryCondition.ServerError);
    }

    [Fact]
    public void A_provider_429_is_a_rate_limit()
    {
        RetryClassifier.Classify(new ProviderException("slow down", HttpStatusCode.TooManyRequests)).ShouldBe(RetryCondition.RateLimit);
    }

    // imp-core: Serialization, Io and ContextTooLong are not transient.
    public static TheoryData<Exception> Permanent() => new()
    {
        new ContextTooLongException(used: 210_000, limit: 200_000),
        new JsonException("unexpected end of data"),
        new IOException("disk full"),
        new FileNotFoundException("no such file", "key.txt"),
        new AuthException(),
        new InvalidOperationException("a bug"),
        new ArgumentException("a bad request"),
    };

    [Theory]
    [MemberData(nameof(Permanent))]
    public void Serialization_io_context_too_long_and_unknown_failures_are_not_retryable(Exception error)
    {
        RetryClassifier.Classify(error).ShouldBeNull();
        RetryClassifier.IsRetryable(error, Policy).ShouldBeFalse();
    }

    [Fact]
    public void Context_too_long_reports_both_sizes()
    {
        var error = new ContextTooLongException(used: 210_000, limit: 200_000);

        error.Used.ShouldBe(210_000);
        error.Limit.ShouldBe(200_000);
        error.Message.ShouldContain("210000");
        error.Message.ShouldContain("200000");
    }

    public static TheoryData<Exception, RetryCondition?> DotNetFailures() => new()
    {
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "handshake"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.ProxyTunnelError, "proxy"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.HttpProtocolError, "reset stream"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.InvalidResponse, "garbage"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "cut short"), RetryCondition.ConnectionError },
        { new HttpRequestException(HttpRequestError.UserAuthenticationError, "proxy auth"), null },
        { new HttpRequestException(HttpRequestError.VersionNegotiationError, "h3 only"), null },
        { new HttpRequestException(HttpRequestError.ExtendedConnectNotSupported, "no"), null },
        { new HttpRequestException(HttpRequestError.ConfigurationLimitExceeded, "headers too big"), null },
        { new HttpRequestException(HttpRequestError.Unknown, "no idea"), null },
        { new HttpRequestException(HttpRequestError.Unknown, "wrapped", new SocketException((int)SocketError.ConnectionReset)), RetryCondition.ConnectionError },
        { new HttpRequestException("status", null, HttpStatusCode.ServiceUnavailable), RetryCondition.ServerError },
        { new HttpRequestException("status", null, HttpStatusCode.TooManyRequests), RetryCondition.RateLimit },
        { new HttpRequestException("status", null, HttpStatusCode.Unauthorized), null },
        { new HttpRequestException("status", null, HttpStatusCode.Forbidden), null },
        { new HttpRequestException("status", null, HttpStatusCode.BadRequest), null },
        { new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely."), RetryCondition.ConnectionError },
        { new HttpIOException(HttpRequestError.ConfigurationLimitExceeded, "too long"), null },
        { new IOException("Unable to read data from the transport connection", new SocketException((int)SocketError.ConnectionReset)), RetryCondition.ConnectionError },
        { new IOException("Unable to read data from the transport connection", new SocketException((int)SocketError.TimedOut)), RetryCondition.Timeout },
        { new IOException("Unable to read data from the transport connection", new SocketException((int)SocketError.OperationAborted)), null },
        { new SocketException((int)SocketError.ConnectionRefused), RetryCondition.ConnectionError },
        { new SocketException((int)SocketError.AccessDenied), null },
        { new TimeoutException(), RetryCondition.Timeout },
        { new TimeoutRejectedException(), RetryCondition.Timeout },
        { new TaskCanceledException("HttpClient.Timeout elapsed", new TimeoutException()), RetryCondition.Timeout },
        { new TaskCanceledException("The operation was canceled."), null },
        { new OperationCanceledException("canceled", new IOException("read", new SocketException((int)SocketError.ConnectionReset))), null },
    };

    [Theory]
    [MemberData(nameof(DotNetFailures))]
    public void Dotnet_http_failures_map_to_their_condition(Exception error, RetryCondition? expected)
    {
        RetryClassifier.Classify(error).ShouldBe(expected);
        RetryClassifier.IsRetryable(error, Policy).ShouldBe(expected is not null);
    }

    [Theory]
    [InlineData(RetryCondition.RateLimit)]
    [InlineData(RetryCondition.ServerError)]
    [InlineData(RetryCondition.Timeout)]
    [InlineData(RetryCondition.ConnectionError)]
    public void RetryOn_is_honoured_condition_by_condition(RetryCondition left)
    {
        // imp-core ignores retry_on; here a condition left out of RetryOn is not retried, and only that one.
        var others = new[] { RetryCondition.RateLimit, RetryCondition.ServerError, RetryCondition.Timeout, RetryCondition.ConnectionError };
        var policy = new RetryPolicy { RetryOn = Array.FindAll(others, c => c != left) };
        Exception[] samples =
        [
            new RateLimitedException(retryAfter: null),
            new ProviderException("overloaded", (HttpStatusCode)529),
            new TimeoutException(),
            new StreamException("reset"),
        ];

        foreach (var sample in samples)
        {
            RetryClassifier.IsRetryable(sample, policy).ShouldBe(RetryClassifier.Classify(sample) != left, sample.GetType().Name);
        }
    }

    [Fact]
    public void An_empty_RetryOn_retries_nothing()
    {
        var policy = new RetryPolicy { RetryOn = [] };

        RetryClassifier.IsRetryable(new StreamException("reset"), policy).ShouldBeFalse();
        RetryClassifier.IsRetryable(new RateLimitedException(), policy).ShouldBeFalse();
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Should.Throw<ArgumentNullException>(() => RetryClassifier.Classify(null!)).ParamName.ShouldBe("exception");
        Should.Throw<ArgumentNullException>(() => RetryClassifier.IsRetryable(new TimeoutException(), null!)).ParamName.ShouldBe("policy");
    }

    [Fact]
    public void A_negative_retry_after_is_rejected()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new RateLimitedException(TimeSpan.FromSeconds(-1)));

        error.ParamName.ShouldBe("retryAfter");
        error.Message.ShouldContain("zero or more");
    }
}
