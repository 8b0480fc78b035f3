using System;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>VerificationGate: the command factory, the Mark methods, and argument checks.</summary>
public sealed class VerificationGateTests
{
    [Fact]
    public void A_command_gate_is_required_pending_and_named_after_its_id()
    {
        var gate = VerificationGate.Command("unit", "cargo test");

        gate.Id.ShouldBe("unit");
        gate.Name.ShouldBe("unit");
        gate.Kind.ShouldBe(VerificationGateKind.Command);
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        gate.Status.ShouldBe(VerificationGateStatus.Pending);
        gate.CommandLine.ShouldBe("cargo test");
        gate.Result.ShouldBeNull();
        gate.Reason.ShouldBeNull();
        gate.IsRequired.ShouldBeTrue();
        gate.CloseoutEffect.ShouldBe(VerificationCloseoutEffect.BlocksDoneWithConcerns);
    }

    [Fact]
    public void The_kind_has_its_wire_name()
    {
        VerificationGateKind.Command.AsStr().ShouldBe("command");
        VerificationGateKindExtensions.GetNames().ShouldBe(["command"]);
        VerificationGateKindExtensions.Parse("command").ShouldBe(VerificationGateKind.Command);
        VerificationGateKindExtensions.TryParse("Command", out _).ShouldBeFalse();
        JsonSerializer.Serialize(VerificationGateKind.Command, ImpJson.Options).ShouldBe("\"command\"");
        // The converter also comes from the enum's own [JsonConverter], without ImpJson.Options.
        JsonSerializer.Deserialize<VerificationGateKind>("\"command\"").ShouldBe(VerificationGateKind.Command);
    }

    [Fact]
    public void Each_mark_records_the_latest_attempt_in_place()
    {
        var gate = VerificationGate.Command("unit", "cargo test");

        gate.MarkRunning();
        gate.Status.ShouldBe(VerificationGateStatus.Running);

        VerificationGateResult failed = VerificationGateResult.Failed(101) with { Summary = "2 tests failed" };
        gate.MarkFailed(failed);
        gate.Status.ShouldBe(VerificationGateStatus.Failed);
        gate.Result.ShouldBeSameAs(failed);
        gate.Reason.ShouldBeNull();

        gate.MarkBlocked("cargo missing");
        gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        gate.Reason.ShouldBe("cargo missing");
        gate.Result.ShouldBeNull();

        gate.MarkRunning();
        gate.Status.ShouldBe(VerificationGateStatus.Running);
        gate.Reason.ShouldBeNull();
        gate.Result.ShouldBeNull();

        gate.MarkSkipped("formatter unavailable");
        gate.Status.ShouldBe(VerificationGateStatus.Skipped);
        gate.Reason.ShouldBe("formatter unavailable");

        VerificationGateResult passed = VerificationGateResult.Passed(0);
        gate.MarkPassed(passed);
        gate.Status.ShouldBe(VerificationGateStatus.Passed);
        gate.Result.ShouldBeSameAs(passed);
        gate.Reason.ShouldBeNull();
        gate.CloseoutEffect.ShouldBe(VerificationCloseoutEffect.AllowsDone);

        gate.Id.ShouldBe("unit");
        gate.CommandLine.ShouldBe("cargo test");
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
    }

    [Fact]
    public void The_factory_refuses_a_missing_id_or_command()
    {
        Should.Throw<ArgumentNullException>(() => VerificationGate.Command(null!, "cargo test")).ParamName.ShouldBe("id");
        Should.Throw<ArgumentException>(() => VerificationGate.Command("", "cargo test")).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => VerificationGate.Command("unit", null!)).ParamName.ShouldBe("command");
        Should.Throw<ArgumentException>(() => VerificationGate.Command("unit", "")).ParamName.ShouldBe("command");
    }

    [Fact]
    public void The_constructor_refuses_a_missing_id_or_name_and_undeclared_values()
    {
        Should.Throw<ArgumentException>(() => Create(id: "")).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => Create(id: null!)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => Create(name: null!)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentOutOfRangeException>(() => Create(kind: (VerificationGateKind)7)).ParamName.ShouldBe("kind");
        Should.Throw<ArgumentOutOfRangeException>(() => Create(requirement: (VerificationGateRequirement)7)).ParamName.ShouldBe("requirement");
        Should.Throw<ArgumentOutOfRangeException>(() => Create(status: (VerificationGateStatus)7)).ParamName.ShouldBe("status");
        Create(name: "").Name.ShouldBe("");
    }

    [Fact]
    public void Setters_refuse_null_and_undeclared_values_and_keep_the_old_value()
    {
        var gate = VerificationGate.Command("unit", "cargo test");

        Should.Throw<ArgumentNullException>(() => gate.Name = null!);
        Should.Throw<ArgumentOutOfRangeException>(() => gate.Requirement = (VerificationGateRequirement)(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => gate.Status = (VerificationGateStatus)6);

        gate.Name.ShouldBe("unit");
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        gate.Status.ShouldBe(VerificationGateStatus.Pending);
    }

    [Fact]
    public void Marks_refuse_null()
    {
        var gate = VerificationGate.Command("unit", "cargo test");

        Should.Throw<ArgumentNullException>(() => gate.MarkPassed(null!)).ParamName.ShouldBe("result");
        Should.Throw<ArgumentNullException>(() => gate.MarkFailed(null!)).ParamName.ShouldBe("result");
        Should.Throw<ArgumentNullException>(() => gate.MarkSkipped(null!)).ParamName.ShouldBe("reason");
        Should.Throw<ArgumentNullException>(() => gate.MarkBlocked(null!)).ParamName.ShouldBe("reason");
        gate.Status.ShouldBe(VerificationGateStatus.Pending);
    }

    private static VerificationGate Create(
        string id = "unit",
        string name = "unit",
        VerificationGateKind kind = VerificationGateKind.Command,
        VerificationGateRequirement requirement = VerificationGateRequirement.Required,
        VerificationGateStatus status = VerificationGateStatus.Pending) =>
        new(id, name, kind, requirement, status, "cargo test", result: null, reason: null);
}
