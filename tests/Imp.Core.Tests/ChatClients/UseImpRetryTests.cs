using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Imp.Core.Tests.ChatClients.Support;
using Imp.Core.Tests.Retry.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;
using static Imp.Core.Tests.ChatClients.Support.ScriptedChatClient;

namespace Imp.Core.Tests.ChatClients;

/// <summary><see cref="RetryingChatClientBuilderExtensions.UseImpRetry(ChatClientBuilder, Action{RetryOptions})"/> wires a retrying client into a pipeline.</summary>
public sealed class UseImpRetryTests
{
    private static readonly RetryPolicy Policy = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task The_pipeline_retries_with_the_given_policy_and_options()
    {
        var time = new ManualTimeProvider();
        var retries = new List<RetryAttempt>();
        var inner = new ScriptedChatClient([Fail(new StreamException("reset"))], [Text("ok")]);

        using var client = new ChatClientBuilder(inner)
            .UseImpRetry(o =>
            {
                o.Policy = Policy;
                o.TimeProvider = time;
                o.RandomSource = static () => 0.0;
                o.OnRetry = retries.Recorder();
            })
            .Build();

        var retrying = client.GetService<RetryingChatClient>().ShouldNotBeNull();
        retrying.Options.Policy.ShouldBeSameAs(Policy);
        retrying.Options.TimeProvider.ShouldBeSameAs(time);
        var result = await Drive.CollectAsync(client.GetStreamingResponseAsync("hi"), time);
        result.Events.ShouldHaveSingleItem().Text.ShouldBe("ok");
        inner.Stream.Calls.ShouldBe(2);
        retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Without_a_configure_callback_the_defaults_are_imp_cores()
    {
        using var client = new ChatClientBuilder(new ScriptedChatClient([Text("ok")])).UseImpRetry().Build();

        var options = client.GetService<RetryingChatClient>().ShouldNotBeNull().Options;
        options.Policy.ShouldBeSameAs(RetryPolicy.Default);
        options.TimeProvider.ShouldBeNull();
    }

    [Fact]
    public void Bad_arguments_fail_where_the_pipeline_is_configured()
    {
        var builder = new ChatClientBuilder(new ScriptedChatClient([Text("ok")]));
        var inconsistent = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(9), MaxDelay = TimeSpan.FromSeconds(1) };

        Should.Throw<ArgumentException>(() => builder.UseImpRetry(o => o.Policy = inconsistent)).Message.ShouldContain("MaxDelay");
        Should.Throw<ArgumentNullException>(() => builder.UseImpRetry(o => o.Policy = null!)).ParamName.ShouldBe("Policy");
        Should.Throw<ArgumentNullException>(() => ((ChatClientBuilder)null!).UseImpRetry()).ParamName.ShouldBe("builder");
    }
}
