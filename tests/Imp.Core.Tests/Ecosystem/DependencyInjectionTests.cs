using System;
using System.Linq;
using System.Threading.Tasks;
using Imp.Core.Tests.Retry.Support;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Ecosystem;

/// <summary><c>AddImpTurnRunner</c> and <c>UseImpRetry</c> take their clock, logger and tools from the container.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_runner_comes_from_the_container_with_its_chat_client_tools_clock_and_logger()
    {
        var time = new ManualTimeProvider();
        using var logs = new FakeLoggerProvider();
        var model = new ScriptedChatClient([Say.Calls(("c1", "echo", "{}")), Say.Answer("ok")]);
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<AITool>(TestTools.Echo())
            .AddImpTurnRunner(o =>
            {
                o.AgentName = "di-agent";
                o.MaxTurns = 7;
                o.Retry.Policy = Runs.ImmediatePolicy;
            });
        services.AddChatClient(model);
        await using var provider = services.BuildServiceProvider();

        var runner = provider.GetRequiredService<TurnRunner>();
        provider.GetRequiredService<TurnRunner>().ShouldBeSameAs(runner);
        runner.Options.TimeProvider.ShouldBeSameAs(time);
        runner.Options.LoggerFactory.ShouldNotBeNull();
        (runner.Options.AgentName, runner.Options.MaxTurns).ShouldBe(("di-agent", 7));
        runner.Tools.Tools.Select(t => t.Name).ShouldBe(["echo"]);

        RunResult result = await runner.RunAsync("go");

        result.Status.ShouldBeOfType<RunFinalStatus.Done>();
        logs.Collector.GetSnapshot().ShouldContain(r => r.Category == "Imp.TurnRunner" && r.Message.Contains("di-agent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registered_tool_registry_wins_and_an_explicit_clock_is_kept()
    {
        var own = new ManualTimeProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new ManualTimeProvider())
            .AddSingleton(new ToolRegistry([TestTools.Echo("only_this")]))
            .AddSingleton<AITool>(TestTools.Echo("not_this"))
            .AddImpTurnRunner(o => o.TimeProvider = own);
        services.AddChatClient(new ScriptedChatClient([Say.Answer("ok")]));
        await using var provider = services.BuildServiceProvider();

        var runner = provider.GetRequiredService<TurnRunner>();

        runner.Tools.Tools.Single().Name.ShouldBe("only_this");
        runner.Options.TimeProvider.ShouldBeSameAs(own);
    }

    [Fact]
    public async Task UseImpRetry_takes_the_containers_clock_and_logger_factory()
    {
        var time = new ManualTimeProvider();
        using var logs = new FakeLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(time);
        var inner = new ChatClients.Support.ScriptedChatClient([ChatClients.Support.ScriptedChatClient.Fail(new StreamException("reset"))], [ChatClients.Support.ScriptedChatClient.Text("ok")]);
        services.AddChatClient(inner).UseImpRetry(o => o.RandomSource = () => 0);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IChatClient>();

        var result = await Drive.CollectAsync(client.GetStreamingResponseAsync("hi"), time);

        result.Events.ShouldHaveSingleItem().Text.ShouldBe("ok");
        time.Elapsed.ShouldBe(TimeSpan.FromSeconds(1)); // imp-core's first delay, on the container's clock
        client.GetService<RetryingChatClient>().ShouldNotBeNull().Options.TimeProvider.ShouldBeSameAs(time);
        logs.Collector.GetSnapshot().ShouldContain(r => r.Message.Contains(RetryingChatClient.PipelineName, StringComparison.Ordinal) && r.Message.Contains("OnRetry", StringComparison.Ordinal));
    }

    [Fact]
    public void Registration_refuses_a_null_container()
    {
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddImpTurnRunner()).ParamName.ShouldBe("services");
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddImpRetryPipeline()).ParamName.ShouldBe("services");
    }
}
