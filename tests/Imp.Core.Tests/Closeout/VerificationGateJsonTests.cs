using System;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>VerificationGate through ImpJson.Options: serde's field names and nulls, round trips, strict reading.</summary>
public sealed class VerificationGateJsonTests
{
    private const string Pending =
        """{"id":"unit","name":"unit","kind":"command","requirement":"required","status":"pending","command":"cargo test","result":null,"reason":null}""";

    [Fact]
    public void A_new_command_gate_is_written_as_serde_does()
    {
        Write(VerificationGate.Command("unit", "cargo test")).ShouldBe(Pending);
    }

    [Fact]
    public void A_failed_gate_carries_its_result()
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.Name = "Unit tests";
        gate.Requirement = VerificationGateRequirement.Optional;
        gate.MarkFailed(VerificationGateResult.Failed(101) with { DurationMs = 1234, Summary = "tests failed", StdoutSummary = "test a ... FAILED" });

        Write(gate).ShouldBe(
            """{"id":"unit","name":"Unit tests","kind":"command","requirement":"optional","status":"failed","command":"cargo test","result":{"exit_code":101,"duration_ms":1234,"summary":"tests failed","stdout_summary":"test a ... FAILED","stderr_summary":null},"reason":null}""");
    }

    [Fact]
    public void A_blocked_advisory_gate_carries_its_reason_escaped_as_serde_escapes_it()
    {
        var gate = VerificationGate.Command("lint", "cargo clippy -- -D warnings");
        gate.Requirement = VerificationGateRequirement.Advisory;
        gate.MarkBlocked("\"cargo\" missing\tin PATH — é\u0007");

        Write(gate).ShouldBe(
            """{"id":"lint","name":"lint","kind":"command","requirement":"advisory","status":"blocked","command":"cargo clippy -- -D warnings","result":null,"reason":"\"cargo\" missing\tin PATH — é\u0007"}""");
    }

    [Theory]
    [InlineData(Pending)]
    [InlineData("""{"id":"fmt","name":"","kind":"command","requirement":"optional","status":"running","command":null,"result":null,"reason":null}""")]
    [InlineData("""{"id":"unit","name":"Unit","kind":"command","requirement":"required","status":"passed","command":"cargo test","result":{"exit_code":0,"duration_ms":5,"summary":"ok","stdout_summary":null,"stderr_summary":"warning"},"reason":null}""")]
    [InlineData("""{"id":"e2e","name":"e2e","kind":"command","requirement":"advisory","status":"skipped","command":"npm test","result":null,"reason":"no browser"}""")]
    public void JSON_round_trips(string json)
    {
        VerificationGate gate = Read(json);

        Write(gate).ShouldBe(json);
    }

    [Fact]
    public void Read_values_are_the_written_ones()
    {
        VerificationGate gate = Read(
            """{"reason":"cargo missing","status":"blocked","requirement":"required","kind":"command","name":"Unit","id":"unit","command":"cargo test","result":{"exit_code":127}}""");

        gate.Id.ShouldBe("unit");
        gate.Name.ShouldBe("Unit");
        gate.Kind.ShouldBe(VerificationGateKind.Command);
        gate.Requirement.ShouldBe(VerificationGateRequirement.Required);
        gate.Status.ShouldBe(VerificationGateStatus.Blocked);
        gate.CommandLine.ShouldBe("cargo test");
        gate.Result.ShouldBe(new VerificationGateResult { ExitCode = 127 });
        gate.Reason.ShouldBe("cargo missing");
        gate.CloseoutEffect.ShouldBe(VerificationCloseoutEffect.BlocksDone);
    }

    [Fact]
    public void Absent_optional_fields_read_as_none_and_unknown_fields_are_ignored_as_serde_does()
    {
        VerificationGate gate = Read("""{"id":"unit","name":"unit","kind":"command","requirement":"required","status":"pending","timeout_ms":100}""");

        gate.CommandLine.ShouldBeNull();
        gate.Result.ShouldBeNull();
        gate.Reason.ShouldBeNull();
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("kind")]
    [InlineData("requirement")]
    [InlineData("status")]
    public void A_missing_required_field_is_refused(string field)
    {
        WireJson.Refuses<VerificationGate>(WireJson.Without(Pending, field)).Message.ShouldContain($"'{field}'", Case.Sensitive);
    }

    [Theory]
    [InlineData("id", "null", "VerificationGate.id is not optional, but found null.")]
    [InlineData("name", "null", "VerificationGate.name is not optional, but found null.")]
    [InlineData("id", "7", "could not be converted")]
    [InlineData("name", "[]", "could not be converted")]
    [InlineData("kind", "\"Command\"", "\"Command\" is not a VerificationGateKind wire name")]
    [InlineData("kind", "\"script\"", "\"script\" is not a VerificationGateKind wire name")]
    [InlineData("kind", "0", "VerificationGateKind is read from a JSON string")]
    [InlineData("kind", "null", "VerificationGateKind is read from a JSON string")]
    [InlineData("requirement", "\"mandatory\"", "\"mandatory\" is not a VerificationGateRequirement wire name")]
    [InlineData("status", "\"Passed\"", "\"Passed\" is not a VerificationGateStatus wire name")]
    [InlineData("status", "2", "VerificationGateStatus is read from a JSON string")]
    [InlineData("command", "[\"cargo\",\"test\"]", "could not be converted")]
    [InlineData("result", "\"ok\"", "could not be converted")]
    [InlineData("result", "{\"exit_code\":\"0\"}", "could not be converted")]
    [InlineData("reason", "false", "could not be converted")]
    public void A_wrong_value_is_refused(string field, string value, string message)
    {
        WireJson.Refuses<VerificationGate>(WireJson.Replacing(Pending, field, value)).Message.ShouldContain(message, Case.Sensitive);
    }

    [Fact]
    public void An_empty_id_breaks_the_gate_rule()
    {
        Should.Throw<ArgumentException>(() => Read(Pending.Replace("\"id\":\"unit\"", "\"id\":\"\"", StringComparison.Ordinal)))
            .ParamName.ShouldBe("id");
    }

    private static string Write(VerificationGate gate) => JsonSerializer.Serialize(gate, ImpJson.Options);

    private static VerificationGate Read(string json) => JsonSerializer.Deserialize<VerificationGate>(json, ImpJson.Options)!;
}
