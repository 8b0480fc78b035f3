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

/// <summary>The StreamEvent entry point: MessageStart is preamble, an Error event is an in-band failure.</summary>
public sealed class StreamEventRetryTests
{
    [Fact]
    public async Task An_overloaded_error_before_any_text_is_retried_and_message_start_is_delivered_once()
    {
        var time = new ManualTimeProvider();
        int attempts = 0;
        async IAsyncEnumerable<StreamEvent> Open([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            attempts++;
            yield return new StreamEvent.MessageStart("claude");
            if (attempts == 1)
            {
                yield return StreamEvent.Error.From("overloaded_error", "Overloaded");
                yield break;
            }

            yield return new StreamEvent.TextDelta("hi");
            yield return new StreamEvent.MessageEnd(new AssistantMessage { Content = [], StopReason = new ModelStopReason.EndTurn() });
        }

        var policy = new RetryPolicy();
        var options = new RetryOptions { Policy = policy, TimeProvider = time, RandomSource = () => 0 };
        Collected<StreamEvent> result = await Drive.CollectAsync(StreamRetry.Create(Open, options), time);

        result.Error.ShouldBeNull();
        attempts.ShouldBe(2);
        result.Events.Select(e => e.AsStr()).ShouldBe(["MessageStart", "TextDelta", "MessageEnd"]);
    }

    [Theory]
    [InlineData("429", typeof(RateLimitedException), null)]
    [InlineData("rate_limit_error", typeof(RateLimitedException), null)]
    [InlineData("overloaded_error", typeof(ProviderException), 529)]
    [InlineData("503", typeof(ProviderException), 503)]
    [InlineData("invalid_request_error", typeof(ProviderException), null)]
    [InlineData(null, typeof(ProviderException), null)]
    public void Error_events_map_to_the_failure_they_stand_for(string? code, Type expected, int? expectedStatus)
    {
        StreamEvent.Error inBand = StreamEvent.Error.From(code, "boom");
        Exception? error = StreamRetry.InBandError(inBand);

        error.ShouldBeOfType(expected);
        error.Message.ShouldBe("boom");
        if (error is ProviderException provider)
        {
            ((int?)provider.StatusCode).ShouldBe(expectedStatus);
        }

        StreamRetry.InBandError(new StreamEvent.TextDelta("x")).ShouldBeNull();
    }

    [Fact]
    public void Only_retryable_in_band_errors_are_retryable()
    {
        var policy = new RetryPolicy();
        RetryClassifier.IsRetryable(StreamRetry.InBandError(StreamEvent.Error.From("overloaded_error", "o"))!, policy).ShouldBeTrue();
        RetryClassifier.IsRetryable(StreamRetry.InBandError(StreamEvent.Error.From("400", "bad"))!, policy).ShouldBeFalse();
    }
}
