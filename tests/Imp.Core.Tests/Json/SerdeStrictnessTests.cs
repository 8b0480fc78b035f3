using System.Text.Json;
using Imp.Core.Tests.Wire.Golden;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>
/// serde's strictness through <see cref="ImpJson.Options"/>, beyond what the golden corpus shows: the errors' wording
/// (type, field, value), and the rules' edges.
/// </summary>
public sealed class SerdeStrictnessTests
{
    [Fact]
    public void A_repeated_field_of_a_plain_record_names_the_type_and_the_field()
    {
        JsonException error = Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize<Usage>("""{"input_tokens":1,"output_tokens":2,"cache_read_tokens":0,"cache_write_tokens":0,"output_tokens":2}""", ImpJson.Options));

        error.Message.ShouldContain("output_tokens");
        error.Message.ShouldContain(nameof(Usage));
    }

    [Theory]
    [InlineData("""{"exit_code":-0}""", "-0")]
    [InlineData("""{"exit_code":1.0}""", "1.0")]
    [InlineData("""{"exit_code":2147483648}""", "2147483648")]
    [InlineData("""{"duration_ms":-1}""", "-1")]
    [InlineData("""{"duration_ms":-0}""", "-0")]
    public void An_integer_field_refuses_what_serde_refuses_and_names_the_value(string json, string value)
    {
        JsonException error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<VerificationGateResult>(json, ImpJson.Options));

        error.Message.ShouldContain($"found the number {value}");
    }

    [Fact]
    public void An_integer_field_reads_the_extremes_of_its_rust_type()
    {
        VerificationGateResult result = JsonSerializer.Deserialize<VerificationGateResult>(
            """{"exit_code":-2147483648,"duration_ms":18446744073709551615}""", ImpJson.Options)!;

        result.ExitCode.ShouldBe(int.MinValue);
        result.DurationMs.ShouldBe(ulong.MaxValue);
    }

    [Fact]
    public void A_nested_tag_may_be_a_variant_index_only_inside_buffered_content()
    {
        // Nested in LoopDecision's internally tagged object, RunFinalStatus's tag 0 is its first variant, "done".
        LoopDecision decision = JsonSerializer.Deserialize<LoopDecision>(
            """{"type":"finish","status":{"type":0,"reason":"work_completed"}}""", ImpJson.Options)!;
        JsonSerializer.Serialize(decision, ImpJson.Options).ShouldBe("""{"type":"finish","status":{"type":"done","reason":"work_completed"}}""");

        // At the top, serde_json reads the tag itself, and takes only a string.
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RunFinalStatus>("""{"type":0,"reason":"work_completed"}""", ImpJson.Options))
            .Message.ShouldContain("must be a string, but found the number 0");
    }

    [Theory]
    [InlineData("6", "the variant index 6, but RunFinalStatus has 6 variants (indexes from 0)")]
    [InlineData("-1", "must be a string, but found the number -1")]
    [InlineData("-0", "must be a string, but found the number -0")]
    [InlineData("0.0", "must be a string, but found the number 0.0")]
    public void A_nested_variant_index_must_be_a_whole_number_below_the_count(string tag, string message)
    {
        JsonException error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<LoopDecision>(
            $$$"""{"type":"finish","status":{"type":{{{tag}}},"reason":"work_completed"}}""", ImpJson.Options));

        error.Message.ShouldContain("RunFinalStatus");
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A_variant_index_is_not_accepted_after_buffered_content_ends()
    {
        // The index was read inside the buffered content; the same thread reads a top-level value strictly again.
        _ = JsonSerializer.Deserialize<LoopDecision>("""{"type":"finish","status":{"type":0,"reason":"work_completed"}}""", ImpJson.Options);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RunFinalStatus>("""{"type":0,"reason":"work_completed"}""", ImpJson.Options));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<LoopDecision>("""{"type":"finish","status":{"type":"done","reason":"x","type":"done"}}""", ImpJson.Options));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RunFinalStatus>("""{"type":0,"reason":"work_completed"}""", ImpJson.Options));
    }

    [Fact]
    public void An_internally_tagged_newtype_refuses_its_tag_twice()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Internal>("""{"kind":"newtype","x":7,"label":"seven","kind":"newtype"}""", ImpJson.Options))
            .Message.ShouldBe("Internal has the tag \"kind\" twice.");
        JsonSerializer.Deserialize<Internal>("""{"x":7,"kind":"newtype","label":"seven"}""", ImpJson.Options)
            .ShouldBe(new Internal.Newtype(new Inner.Value(7, "seven")));
    }

    [Fact]
    public void Skip_if_empty_leaves_out_an_empty_list_and_writes_a_full_one()
    {
        var empty = new Fields.Value("r", null, 0, [], true, null, []);
        var full = empty with { SkippedWhenEmpty = [1, 2] };

        JsonSerializer.Serialize<Fields>(empty, ImpJson.Options).ShouldBe("""{"required":"r","optional":null,"defaulted":0,"defaulted_list":[],"wireName":true}""");
        JsonSerializer.Serialize<Fields>(full, ImpJson.Options).ShouldEndWith(""","wireName":true,"skipped_when_empty":[1,2]}""");
    }

    [Theory]
    [InlineData("""{"reason":"work_completed","type":"done"}""", """{"type":"done","reason":"work_completed"}""")]
    [InlineData("""{"message":"m","reason":"user_blocker","message":"m","type":"done"}""", """{"type":"done","reason":"user_blocker"}""")]
    [InlineData("""{"concerns":["a"],"type":"done_with_concerns","reason":"work_completed"}""", """{"type":"done_with_concerns","reason":"work_completed","concerns":["a"]}""")]
    public void A_late_tag_reads_the_fields_in_one_pass_and_ignores_other_variants_fields(string json, string written)
    {
        // A field of another variant is unknown to this one, so serde skips it, even twice.
        JsonSerializer.Serialize(JsonSerializer.Deserialize<RunFinalStatus>(json, ImpJson.Options), ImpJson.Options).ShouldBe(written);
    }

    [Theory]
    [InlineData("""{"reason":"work_completed","reason":"work_completed","type":"done"}""", "\"done\" has the field \"reason\" twice")]
    [InlineData("""{"reason":"work_completed","type":"done","type":"done"}""", "has the tag \"type\" twice")]
    [InlineData("""{"reason":"work_completed"}""", "has no \"type\" property")]
    [InlineData("""{"message":"m","type":"blocked"}""", "\"blocked\" is missing the field \"reason\"")]
    [InlineData("""{"reason":7,"type":"done"}""", "\"done\" field \"reason\"")]
    public void A_late_tag_refuses_what_serde_refuses(string json, string message)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RunFinalStatus>(json, ImpJson.Options)).Message.ShouldContain(message);
    }

    [Fact]
    public void A_late_tag_reads_a_newtype_variant_from_the_whole_object()
    {
        JsonSerializer.Deserialize<Internal>("""{"x":7,"label":"seven","kind":"newtype"}""", ImpJson.Options)
            .ShouldBe(new Internal.Newtype(new Inner.Value(7, "seven")));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Internal>("""{"x":7,"kind":"newtype","label":"seven","kind":"newtype"}""", ImpJson.Options));
    }
}
