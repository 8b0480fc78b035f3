using System;
using Imp.Core.Tests.Runner.Support;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Runner;

/// <summary>Options and constructor arguments that cannot work are refused with a message that says what to change.</summary>
public sealed class TurnRunnerOptionsTests
{
    [Fact]
    public void Defaults_are_imp_cores()
    {
        var options = new TurnRunnerOptions();
        (options.MaxTurns, options.RepeatedActionLimit, options.DefaultToolTimeout).ShouldBe((50, 3, TimeSpan.FromMinutes(2)));
        options.Retry.Policy.ShouldBeSameAs(RetryPolicy.Default);
        options.Retry.TimeProvider.ShouldBeNull();
        options.AgentName.ShouldBe("imp");
        options.LoopPolicy.ShouldBeSameAs(DefaultLoopPolicy.Instance);
        options.Checks.ShouldBeEmpty();
        options.TimeProvider.ShouldBeSameAs(TimeProvider.System);
    }

    [Fact]
    public void Values_that_cannot_work_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnRunnerOptions { MaxTurns = 0 }).Message.ShouldStartWith("A run needs at least 1 turn.");
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnRunnerOptions { RepeatedActionLimit = 1 }).Message.ShouldStartWith("A repetition needs at least 2 turns.");
        Should.Throw<ArgumentOutOfRangeException>(() => new TurnRunnerOptions { DefaultToolTimeout = TimeSpan.FromSeconds(-1) }).Message.ShouldStartWith("The default tool timeout must be positive.");
        Should.Throw<ArgumentException>(() => new TurnRunner(new ScriptedChatClient([]), new ToolRegistry(), new TurnRunnerOptions { Retry = new RetryOptions { Policy = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) } } }))
            .Message.ShouldContain("MaxDelay must be at least BaseDelay");
        Should.Throw<ArgumentNullException>(() => new TurnRunnerOptions { Retry = null! });
        Should.Throw<ArgumentNullException>(() => new TurnRunnerOptions { LoopPolicy = null! });
        Should.Throw<ArgumentNullException>(() => new TurnRunnerOptions { TimeProvider = null! });
        Should.Throw<ArgumentNullException>(() => new TurnRunnerOptions { Retry = new RetryOptions { RandomSource = null! } });
        Should.Throw<ArgumentException>(() => new TurnRunnerOptions { AgentName = " " });
        Should.Throw<ArgumentNullException>(() => new TurnRunnerOptions { Checks = null! });
    }

    [Fact]
    public void The_runner_needs_a_model_and_tools()
    {
        Should.Throw<ArgumentNullException>(() => new TurnRunner(null!, new ToolRegistry())).ParamName.ShouldBe("chatClient");
        Should.Throw<ArgumentNullException>(() => new TurnRunner(new ScriptedChatClient([]), (ToolRegistry)null!)).ParamName.ShouldBe("tools");
    }
}
