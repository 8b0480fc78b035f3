using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>CommandCheck's constructor: the gate it makes, the command line it shows, and argument checks.</summary>
public sealed class CommandCheckConstructionTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void The_gate_is_a_pending_required_command_gate_named_after_its_id()
    {
        var check = new CommandCheck("unit", "dotnet", ["test", "--no-build"], "/repo", Minute);

        check.Gate.Id.ShouldBe("unit");
        check.Gate.Name.ShouldBe("unit");
        check.Gate.Kind.ShouldBe(new VerificationGateKind.Command());
        check.Gate.CommandSpec.ShouldBe(new VerificationCommand("dotnet test --no-build") { Cwd = "/repo", Timeout = Minute });
        check.Gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        check.Gate.Status.ShouldBe(VerificationGateStatus.Pending);
        check.Gate.CommandLine.ShouldBe("dotnet test --no-build");
        check.FileName.ShouldBe("dotnet");
        check.Arguments.ShouldBe(["test", "--no-build"]);
        check.WorkingDirectory.ShouldBe("/repo");
        check.Timeout.ShouldBe(Minute);
        check.Environment.ShouldBeEmpty();
    }

    [Fact]
    public void Name_requirement_and_environment_are_taken_as_given()
    {
        var check = new CommandCheck(
            "lint",
            "eslint",
            [],
            "/repo",
            Minute,
            name: "lint the web app",
            requirement: VerificationGateRequirement.Advisory,
            environment: [new("B", "2"), new("A", null), new("B", "3")]);

        check.Gate.Name.ShouldBe("lint the web app");
        check.Gate.Requirement.ShouldBe(VerificationGateRequirement.Advisory);
        check.Environment.ShouldBe(new Dictionary<string, string?> { ["A"] = null, ["B"] = "3" });
    }

    [Fact]
    public void The_command_line_quotes_what_has_spaces_quotes_or_nothing()
    {
        var check = new CommandCheck("q", "/opt/my tools/run", ["a b", "", "plain", "say \"hi\"", "it's"], "/repo", Minute);

        check.Gate.CommandLine.ShouldBe("\"/opt/my tools/run\" \"a b\" \"\" plain \"say \\\"hi\\\"\" \"it's\"");
    }

    [Fact]
    public void The_arguments_are_copied()
    {
        var arguments = new List<string> { "test" };
        var check = new CommandCheck("unit", "dotnet", arguments, "/repo", Minute);

        arguments.Add("--later");

        check.Arguments.ShouldBe(["test"]);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void A_timeout_that_is_not_positive_is_rejected_naming_the_value(long ticks)
    {
        var timeout = TimeSpan.FromTicks(ticks);

        var thrown = Should.Throw<ArgumentOutOfRangeException>(() => new CommandCheck("unit", "dotnet", [], "/repo", timeout));

        thrown.ParamName.ShouldBe("timeout");
        thrown.ActualValue.ShouldBe(timeout);
        thrown.Message.ShouldStartWith($"The timeout must be positive and at most {CommandCheck.MaxTimeout}; got {timeout}.");
    }

    [Fact]
    public void A_timeout_above_the_maximum_is_rejected()
    {
        TimeSpan timeout = CommandCheck.MaxTimeout + TimeSpan.FromMilliseconds(1);

        Should.Throw<ArgumentOutOfRangeException>(() => new CommandCheck("unit", "dotnet", [], "/repo", timeout))
            .ParamName.ShouldBe("timeout");
        Should.NotThrow(() => new CommandCheck("unit", "dotnet", [], "/repo", CommandCheck.MaxTimeout));
    }

    [Fact]
    public void Empty_or_missing_values_are_rejected_by_name()
    {
        Should.Throw<ArgumentException>(() => new CommandCheck("", "dotnet", [], "/repo", Minute)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentException>(() => new CommandCheck("unit", " ", [], "/repo", Minute)).ParamName.ShouldBe("fileName");
        Should.Throw<ArgumentNullException>(() => new CommandCheck("unit", "dotnet", null!, "/repo", Minute)).ParamName.ShouldBe("arguments");
        Should.Throw<ArgumentException>(() => new CommandCheck("unit", "dotnet", [], "", Minute)).ParamName.ShouldBe("workingDirectory");
        Should.Throw<ArgumentOutOfRangeException>(() => new CommandCheck("unit", "dotnet", [], "/repo", Minute, requirement: (VerificationGateRequirement)9))
            .ParamName.ShouldBe("requirement");
    }

    [Fact]
    public void A_null_argument_or_an_empty_variable_name_is_rejected_with_its_place()
    {
        Should.Throw<ArgumentException>(() => new CommandCheck("unit", "dotnet", ["test", null!], "/repo", Minute))
            .Message.ShouldStartWith("The argument at index 1 is null.");
        Should.Throw<ArgumentException>(() => new CommandCheck("unit", "dotnet", [], "/repo", Minute, environment: [new("", "x")]))
            .ParamName.ShouldBe("environment");
    }
}
