using System;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Closeout;

/// <summary>VerificationGateResult: factories, <c>with</c>, value equality and JSON.</summary>
public sealed class VerificationGateResultTests
{
    [Fact]
    public void Factories_set_only_the_exit_code()
    {
        VerificationGateResult passed = VerificationGateResult.Passed(0);
        VerificationGateResult failed = VerificationGateResult.Failed(101);

        passed.ExitCode.ShouldBe(0);
        failed.ExitCode.ShouldBe(101);
        foreach (VerificationGateResult result in new[] { passed, failed })
        {
            result.DurationMs.ShouldBeNull();
            result.Summary.ShouldBeNull();
            result.StdoutSummary.ShouldBeNull();
            result.StderrSummary.ShouldBeNull();
        }
    }

    [Fact]
    public void With_fills_in_fields_like_struct_update_syntax_and_equality_is_by_value()
    {
        VerificationGateResult failed = VerificationGateResult.Failed(101) with { Summary = "tests failed", DurationMs = 1200 };

        failed.ExitCode.ShouldBe(101);
        failed.Summary.ShouldBe("tests failed");
        failed.DurationMs.ShouldBe(1200UL);
        failed.ShouldBe(new VerificationGateResult { ExitCode = 101, Summary = "tests failed", DurationMs = 1200 });
        failed.ShouldNotBe(VerificationGateResult.Failed(101));
    }

    [Fact]
    public void JSON_is_what_serde_writes_with_null_for_absent_fields()
    {
        JsonSerializer.Serialize(VerificationGateResult.Passed(0), ImpJson.Options)
            .ShouldBe("""{"exit_code":0,"duration_ms":null,"summary":null,"stdout_summary":null,"stderr_summary":null}""");

        var full = new VerificationGateResult
        {
            ExitCode = -9,
            DurationMs = ulong.MaxValue,
            Summary = "killed \"unit\"",
            StdoutSummary = "running 3 tests\n",
            StderrSummary = "error: linking with `cc` failed — signal\u001f",
        };
        const string json =
            """{"exit_code":-9,"duration_ms":18446744073709551615,"summary":"killed \"unit\"","stdout_summary":"running 3 tests\n","stderr_summary":"error: linking with `cc` failed — signal\u001f"}""";

        JsonSerializer.Serialize(full, ImpJson.Options).ShouldBe(json);
        JsonSerializer.Deserialize<VerificationGateResult>(json, ImpJson.Options).ShouldBe(full);
    }

    [Fact]
    public void Absent_fields_read_as_none_and_unknown_fields_are_ignored_as_serde_does()
    {
        JsonSerializer.Deserialize<VerificationGateResult>("{}", ImpJson.Options).ShouldBe(new VerificationGateResult());
        JsonSerializer.Deserialize<VerificationGateResult>("""{"summary":"ok","signal":9}""", ImpJson.Options)
            .ShouldBe(new VerificationGateResult { Summary = "ok" });
    }

    [Theory]
    [InlineData("""{"exit_code":"0"}""", "i32", "the string \"0\"")]
    [InlineData("""{"exit_code":2147483648}""", "i32", "the number 2147483648")]
    [InlineData("""{"exit_code":1.5}""", "i32", "the number 1.5")]
    [InlineData("""{"exit_code":-0}""", "i32", "the number -0")]
    [InlineData("""{"duration_ms":"1"}""", "u64", "the string \"1\"")]
    [InlineData("""{"duration_ms":-1}""", "u64", "the number -1")]
    [InlineData("""{"duration_ms":18446744073709551616}""", "u64", "the number 18446744073709551616")]
    public void Integers_outside_the_rust_type_are_refused_naming_the_value(string json, string rustType, string found)
    {
        WireJson.Refuses<VerificationGateResult>(json).Message
            .ShouldStartWith($"An integer field (Rust's {rustType}) is read from a whole number in its range, but found {found}.");
    }

    [Theory]
    [InlineData("""{"summary":1}""")]
    [InlineData("""{"stdout_summary":{}}""")]
    [InlineData("""{"stderr_summary":[]}""")]
    [InlineData("""[]""")]
    public void Wrong_types_are_refused(string json)
    {
        WireJson.Refuses<VerificationGateResult>(json).Message.ShouldContain("could not be converted", Case.Sensitive);
    }
}
