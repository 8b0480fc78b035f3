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
        gate.Kind.ShouldBe(new VerificationGateKind.Command());
        gate.Source.ShouldBe(new VerificationGateSource.WorkflowContract());
        gate.CommandSpec.ShouldBe(new VerificationCommand("cargo test"));
        gate.Artifacts.ShouldBeEmpty();
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        gate.Status.ShouldBe(VerificationGateStatus.Pending);
        gate.CommandLine.ShouldBe("cargo test");
        gate.Result.ShouldBeNull();
        gate.Reason.ShouldBeNull();
        gate.IsRequired.ShouldBeTrue();
        gate.CloseoutEffect.ShouldBe(VerificationCloseoutEffect.BlocksDoneWithConcerns);
    }

    [Fact]
    public void The_default_gate_is_imp_cores_a_required_pending_manual_gate_from_the_workflow_contract()
    {
        var gate = new VerificationGate();

        (gate.Id, gate.Name).ShouldBe(("", ""));
        gate.Kind.ShouldBe(new VerificationGateKind.Manual());
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        gate.Status.ShouldBe(VerificationGateStatus.Pending);
        gate.CommandSpec.ShouldBeNull();
        gate.CommandLine.ShouldBeNull();
        gate.Result.ShouldBeNull();
        gate.Artifacts.ShouldBeEmpty();
        gate.Source.ShouldBe(new VerificationGateSource.WorkflowContract());
        gate.Reason.ShouldBeNull();
        gate.CloseoutEffect.ShouldBe(VerificationCloseoutEffect.BlocksDoneWithConcerns);
    }

    [Fact]
    public void A_typed_gate_is_required_pending_named_after_its_id_and_has_no_command()
    {
        var gate = VerificationGate.Typed("verify-2", new VerificationGateKind.Custom("lint"));

        (gate.Id, gate.Name).ShouldBe(("verify-2", "verify-2"));
        gate.Kind.ShouldBe(new VerificationGateKind.Custom("lint"));
        gate.Kind.ShouldNotBe(new VerificationGateKind.Custom("fmt"));
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        gate.Status.ShouldBe(VerificationGateStatus.Pending);
        gate.CommandSpec.ShouldBeNull();
        Should.Throw<ArgumentNullException>(() => VerificationGate.Typed("x", null!)).ParamName.ShouldBe("kind");
        Should.Throw<ArgumentException>(() => VerificationGate.Typed("", new VerificationGateKind.Diff())).ParamName.ShouldBe("id");
    }

    // imp-core's verification_gate_serde_roundtrip_preserves_status_and_artifacts.
    [Fact]
    public void A_gate_with_a_mana_source_artifacts_and_a_failure_round_trips()
    {
        var gate = VerificationGate.Command("fmt", "cargo fmt --check");
        gate.Source = new VerificationGateSource.ManaTask("394.7.2");
        gate.Artifacts.Add(new VerificationArtifactRef("stdout", ".imp/runs/run_1/verification/fmt/stdout.log"));
        gate.MarkFailed(VerificationGateResult.Failed(1));

        string json = JsonSerializer.Serialize(gate, ImpJson.Options);
        VerificationGate decoded = JsonSerializer.Deserialize<VerificationGate>(json, ImpJson.Options).ShouldNotBeNull();

        JsonSerializer.Serialize(decoded, ImpJson.Options).ShouldBe(json);
        decoded.Status.ShouldBe(VerificationGateStatus.Failed);
        decoded.Source.ShouldBe(new VerificationGateSource.ManaTask("394.7.2"));
        decoded.Artifacts.ShouldBe([new VerificationArtifactRef("stdout", ".imp/runs/run_1/verification/fmt/stdout.log")]);
        decoded.CloseoutEffect.ShouldBe(VerificationCloseoutEffect.BlocksDoneWithConcerns);
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
    public void Initializers_refuse_null_and_undeclared_values_and_take_an_empty_id_as_imp_core_does()
    {
        Should.Throw<ArgumentNullException>(() => Create(id: null!));
        Should.Throw<ArgumentNullException>(() => Create(name: null!));
        Should.Throw<ArgumentOutOfRangeException>(() => Create(requirement: (VerificationGateRequirement)7));
        Should.Throw<ArgumentOutOfRangeException>(() => Create(status: (VerificationGateStatus)7));
        Create(id: "").Id.ShouldBe("");
        Create(name: "").Name.ShouldBe("");
    }

    [Fact]
    public void Setters_refuse_null_and_undeclared_values_and_keep_the_old_value()
    {
        var gate = VerificationGate.Command("unit", "cargo test");

        Should.Throw<ArgumentNullException>(() => gate.Name = null!);
        Should.Throw<ArgumentNullException>(() => gate.Kind = null!);
        Should.Throw<ArgumentNullException>(() => gate.Source = null!);
        Should.Throw<ArgumentOutOfRangeException>(() => gate.Requirement = (VerificationGateRequirement)(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => gate.Status = (VerificationGateStatus)6);

        gate.Name.ShouldBe("unit");
        gate.Kind.ShouldBe(new VerificationGateKind.Command());
        gate.Source.ShouldBe(new VerificationGateSource.WorkflowContract());
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
        VerificationGateKind? kind = null,
        VerificationGateRequirement requirement = VerificationGateRequirement.Required,
        VerificationGateStatus status = VerificationGateStatus.Pending) =>
        new()
        {
            Id = id,
            Name = name,
            Kind = kind ?? new VerificationGateKind.Command(),
            Requirement = requirement,
            Status = status,
            CommandSpec = new VerificationCommand("cargo test"),
        };
}
