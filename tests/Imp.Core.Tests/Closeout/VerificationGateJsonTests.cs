using System;
using System.Text.Json;
using Imp.Core.Tests.Wire;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>
/// VerificationGate built by hand, written through ImpJson.Options, against what serde writes for the same gate (the golden
/// corpus); every other accepted and refused input is in the corpus and checked by GoldenCorpusTests.
/// </summary>
public sealed class VerificationGateJsonTests
{
    private const string Type = "imp_core::VerificationGate";

    [Fact]
    public void The_default_gate_is_written_as_serde_writes_it()
    {
        Write(new VerificationGate()).ShouldBe(GoldenCorpus.Json(Type, "default"));
    }

    [Fact]
    public void A_command_gate_is_written_as_serde_writes_it()
    {
        Write(VerificationGate.Command("unit", "cargo test")).ShouldBe(GoldenCorpus.Json(Type, "command(unit, cargo test)"));
    }

    [Fact]
    public void A_gate_with_every_field_set_is_written_as_serde_writes_it()
    {
        var gate = new VerificationGate
        {
            Id = "fmt",
            Name = "format",
            Kind = new VerificationGateKind.Command(),
            CommandSpec = new VerificationCommand("cargo test") { Cwd = "/repo/crates", Timeout = new WireDuration(600, 250_000_000) },
            Source = new VerificationGateSource.ManaTask("394.7.2"),
        };
        gate.Artifacts.Add(new VerificationArtifactRef("stdout", ".imp/runs/run_1/verification/fmt/stdout.log") { Summary = "12 lines", Bytes = 4096, Redaction = "secrets" });
        gate.Artifacts.Add(new VerificationArtifactRef());
        gate.Restore(
            VerificationGateStatus.Failed,
            new VerificationGateResult
            {
                ExitCode = -1,
                DurationMs = ulong.MaxValue,
                Summary = "exit code 1: 2 tests failed",
                StdoutSummary = "line 1\nline 2",
                StderrSummary = "",
            },
            "stale");

        Write(gate).ShouldBe(GoldenCorpus.Json(Type, "full"));
    }

    [Fact]
    public void A_diff_gate_is_written_as_serde_writes_it() =>
        Write(With(new VerificationGateKind.Diff(), null)).ShouldBe(GoldenCorpus.Json(Type, "kind diff"));

    [Fact]
    public void A_custom_gate_is_written_as_serde_writes_it() =>
        Write(With(new VerificationGateKind.Custom("lint"), null)).ShouldBe(GoldenCorpus.Json(Type, "kind custom"));

    [Fact]
    public void A_gate_from_an_extension_is_written_as_serde_writes_it() =>
        Write(With(null, new VerificationGateSource.Extension("ext.lint"))).ShouldBe(GoldenCorpus.Json(Type, "source extension"));

    [Fact]
    public void A_gate_from_a_mana_task_without_unit_is_written_as_serde_writes_it() =>
        Write(With(null, new VerificationGateSource.ManaTask(null))).ShouldBe(GoldenCorpus.Json(Type, "source mana-task without unit"));

    [Fact]
    public void An_empty_object_reads_as_the_default_gate()
    {
        VerificationGate gate = JsonSerializer.Deserialize<VerificationGate>("{}", ImpJson.Options).ShouldNotBeNull();

        Write(gate).ShouldBe(Write(new VerificationGate()));
    }

    [Theory]
    [InlineData("""{"id":null}""", "VerificationGate.id is not optional, but found null.")]
    [InlineData("""{"name":null}""", "VerificationGate.name is not optional, but found null.")]
    [InlineData("""{"artifacts":[null]}""", "VerificationGate.artifacts[0] is not optional, but found null.")]
    public void Null_where_imp_core_has_no_option_is_refused_naming_the_field(string json, string message)
    {
        WireJson.Refuses<VerificationGate>(json).Message.ShouldBe(message);
    }

    private static string Write(VerificationGate gate) => JsonSerializer.Serialize(gate, ImpJson.Options);

    private static VerificationGate With(VerificationGateKind? kind, VerificationGateSource? source)
    {
        var gate = VerificationGate.Command("unit", "cargo test");
        gate.Kind = kind ?? gate.Kind;
        gate.Source = source ?? gate.Source;
        return gate;
    }
}
