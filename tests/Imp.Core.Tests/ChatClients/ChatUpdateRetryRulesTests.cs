using System;
using System.Net;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.ChatClients;

/// <summary>Which updates are preamble, and which report an in-band error and of what kind.</summary>
public sealed class ChatUpdateRetryRulesTests
{
    private static ChatResponseUpdate With(params AIContent[] contents) => new(ChatRole.Assistant, contents) { ResponseId = "r", MessageId = "m" };

    [Fact]
    public void Updates_with_no_contents_or_only_usage_and_empty_text_are_preamble()
    {
        ChatUpdateRetryRules.IsPreamble(new ChatResponseUpdate { Role = ChatRole.Assistant, ResponseId = "r", FinishReason = ChatFinishReason.Stop }).ShouldBeTrue();
        ChatUpdateRetryRules.IsPreamble(With(new UsageContent(new UsageDetails { InputTokenCount = 3 }))).ShouldBeTrue();
        ChatUpdateRetryRules.IsPreamble(With(new TextContent(string.Empty), new TextReasoningContent(null))).ShouldBeTrue();
    }

    [Fact]
    public void Text_reasoning_calls_errors_and_other_contents_are_meaningful()
    {
        ChatUpdateRetryRules.IsPreamble(With(new TextContent("a"))).ShouldBeFalse();
        ChatUpdateRetryRules.IsPreamble(With(new TextReasoningContent("thinking"))).ShouldBeFalse();
        ChatUpdateRetryRules.IsPreamble(With(new TextReasoningContent(null) { ProtectedData = "sig" })).ShouldBeFalse();
        ChatUpdateRetryRules.IsPreamble(With(new FunctionCallContent("c1", "read_file"))).ShouldBeFalse();
        ChatUpdateRetryRules.IsPreamble(With(new ErrorContent("boom"))).ShouldBeFalse();
        ChatUpdateRetryRules.IsPreamble(With(new UsageContent(), new DataContent(new byte[] { 1 }, "image/png"))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("overloaded_error", 529)]
    [InlineData("503", 503)]
    [InlineData("invalid_request_error", null)]
    [InlineData(null, null)]
    public void An_error_update_is_a_provider_error_with_the_status_its_code_gives(string? code, int? status)
    {
        var error = ChatUpdateRetryRules.InBandError(With(new ErrorContent("Overloaded") { ErrorCode = code, Details = "try later" }));

        var provider = error.ShouldBeOfType<ProviderException>();
        provider.StatusCode.ShouldBe((HttpStatusCode?)status);
        provider.Message.ShouldBe("Overloaded (try later)");
    }

    [Theory]
    [InlineData("rate_limit_error")]
    [InlineData("429")]
    public void A_rate_limit_error_update_is_rate_limited(string code)
    {
        ChatUpdateRetryRules.InBandError(With(new UsageContent(), new ErrorContent("slow down") { ErrorCode = code }))
            .ShouldBeOfType<RateLimitedException>().Message.ShouldBe("slow down");
    }

    [Fact]
    public void Updates_without_an_error_or_with_meaningful_content_beside_it_report_none()
    {
        ChatUpdateRetryRules.InBandError(With(new TextContent("a"))).ShouldBeNull();
        ChatUpdateRetryRules.InBandError(With(new UsageContent())).ShouldBeNull();
        ChatUpdateRetryRules.InBandError(With(new TextContent("partial"), new ErrorContent("boom") { ErrorCode = "overloaded_error" })).ShouldBeNull();
    }

    [Fact]
    public void A_null_update_is_rejected_by_name()
    {
        Should.Throw<ArgumentNullException>(() => ChatUpdateRetryRules.IsPreamble(null!)).ParamName.ShouldBe("update");
        Should.Throw<ArgumentNullException>(() => ChatUpdateRetryRules.InBandError(null!)).ParamName.ShouldBe("update");
    }
}
