using System;
using System.Text.Json;
using Imp.Core.Tests.Closeout;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Tools;

/// <summary>PlannedToolCall: argument checks and JSON as imp-core writes it, with the arguments under <c>args</c>.</summary>
public sealed class PlannedToolCallTests
{
    private const string ReadCall =
        """{"index":0,"id":"call_1","name":"read","args":{"path":"src/main.rs"},"risk":"read_only","retry_safe":true}""";

    [Fact]
    public void A_call_is_written_as_serde_does_with_its_arguments_under_args()
    {
        var call = new PlannedToolCall(0, "call_1", "read", WireJson.Element("""{"path":"src/main.rs"}"""), ToolRisk.ReadOnly, retrySafe: true);

        Write(call).ShouldBe(ReadCall);
    }

    [Theory]
    [InlineData(ToolRisk.ReadOnly, "read_only")]
    [InlineData(ToolRisk.Mutable, "mutable")]
    [InlineData(ToolRisk.ExternalSideEffect, "external_side_effect")]
    public void Every_risk_has_its_wire_name(ToolRisk risk, string wireName)
    {
        var call = new PlannedToolCall(3, "toolu_01", "bash", WireJson.Element("""{"command":"cargo build"}"""), risk, retrySafe: false);

        Write(call).ShouldBe(
            $$"""{"index":3,"id":"toolu_01","name":"bash","args":{"command":"cargo build"},"risk":"{{wireName}}","retry_safe":false}""");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""[1,-2.5,true,null,"x"]""")]
    // Keys in sorted order: serde_json without its preserve_order feature writes object keys sorted.
    [InlineData("""{"dry_run":false,"edits":[{"new":"b","old":"a"}]}""")]
    [InlineData("\"just a string\"")]
    public void Arguments_are_any_JSON_value(string args)
    {
        var call = new PlannedToolCall(1, "call_2", "edit", WireJson.Element(args), ToolRisk.Mutable, retrySafe: false);

        Write(call).ShouldBe($$"""{"index":1,"id":"call_2","name":"edit","args":{{args}},"risk":"mutable","retry_safe":false}""");
    }

    [Fact]
    public void Arguments_are_escaped_as_serde_escapes_them()
    {
        var call = new PlannedToolCall(
            0, "call_\"1\"", "write", WireJson.Element("""{"text":"caf\u00e9 \u001F\ttab \"q\" \/ </script>"}"""), ToolRisk.Mutable, retrySafe: false);

        Write(call).ShouldBe(
            """{"index":0,"id":"call_\"1\"","name":"write","args":{"text":"café \u001f\ttab \"q\" / </script>"},"risk":"mutable","retry_safe":false}""");
    }

    [Fact]
    public void JSON_round_trips_and_reads_every_field()
    {
        PlannedToolCall call = Read(ReadCall);

        call.Index.ShouldBe(0UL);
        call.Id.ShouldBe("call_1");
        call.Name.ShouldBe("read");
        call.Arguments.GetProperty("path").GetString().ShouldBe("src/main.rs");
        call.Risk.ShouldBe(ToolRisk.ReadOnly);
        call.RetrySafe.ShouldBeTrue();
        Write(call).ShouldBe(ReadCall);
    }

    [Fact]
    public void Fields_may_come_in_any_order_and_unknown_fields_are_ignored_as_serde_does()
    {
        PlannedToolCall call = Read(
            """{"retry_safe":false,"risk":"external_side_effect","args":{"url":"https://example.com"},"name":"fetch","id":"c","index":7,"note":1}""");

        Write(call).ShouldBe(
            """{"index":7,"id":"c","name":"fetch","args":{"url":"https://example.com"},"risk":"external_side_effect","retry_safe":false}""");
    }

    [Fact]
    public void Null_arguments_are_a_JSON_null()
    {
        PlannedToolCall call = Read("""{"index":0,"id":"c","name":"list","args":null,"risk":"read_only","retry_safe":true}""");

        call.Arguments.ValueKind.ShouldBe(JsonValueKind.Null);
        Write(call).ShouldBe("""{"index":0,"id":"c","name":"list","args":null,"risk":"read_only","retry_safe":true}""");
    }

    [Fact]
    public void The_arguments_are_an_independent_copy()
    {
        PlannedToolCall call;
        using (JsonDocument document = JsonDocument.Parse("""{"path":"a.rs"}"""))
        {
            call = new PlannedToolCall(0, "c", "read", document.RootElement, ToolRisk.ReadOnly, retrySafe: true);
        }

        call.Arguments.GetProperty("path").GetString().ShouldBe("a.rs");
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        JsonElement args = WireJson.Element("{}");

        new PlannedToolCall(ulong.MaxValue, "c", "read", args, ToolRisk.ReadOnly, true).Index.ShouldBe(ulong.MaxValue);
        Should.Throw<ArgumentNullException>(() => new PlannedToolCall(0, null!, "read", args, ToolRisk.ReadOnly, true)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => new PlannedToolCall(0, "c", null!, args, ToolRisk.ReadOnly, true)).ParamName.ShouldBe("name");
        Should.Throw<ArgumentException>(() => new PlannedToolCall(0, "c", "read", default, ToolRisk.ReadOnly, true)).ParamName.ShouldBe("arguments");
        Should.Throw<ArgumentOutOfRangeException>(() => new PlannedToolCall(0, "c", "read", args, (ToolRisk)3, true)).ParamName.ShouldBe("risk");
    }

    [Theory]
    [InlineData("index")]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("args")]
    [InlineData("risk")]
    [InlineData("retry_safe")]
    public void A_missing_field_is_refused(string field)
    {
        WireJson.Refuses<PlannedToolCall>(WireJson.Without(ReadCall, field)).Message.ShouldContain($"'{field}'", Case.Sensitive);
    }

    [Fact]
    public void The_CLR_name_of_the_arguments_is_not_their_wire_name()
    {
        Should.Throw<JsonException>(() => Read(
            """{"index":0,"id":"c","name":"read","arguments":{},"risk":"read_only","retry_safe":true}"""))
            .Message.ShouldContain("'args'", Case.Sensitive);
    }

    [Theory]
    [InlineData("index", "\"0\"", "(Rust's u64) is read from a whole number in its range, but found the string \"0\"")]
    [InlineData("index", "1.5", "(Rust's u64) is read from a whole number in its range, but found the number 1.5")]
    [InlineData("index", "null", "(Rust's u64) is read from a whole number in its range, but found null")]
    [InlineData("id", "null", "PlannedToolCall.id is not optional, but found null.")]
    [InlineData("id", "1", "could not be converted")]
    [InlineData("name", "null", "PlannedToolCall.name is not optional, but found null.")]
    [InlineData("risk", "\"readonly\"", "\"readonly\" is not a ToolRisk wire name")]
    [InlineData("risk", "\"ReadOnly\"", "\"ReadOnly\" is not a ToolRisk wire name")]
    [InlineData("risk", "0", "ToolRisk is read from a JSON string")]
    [InlineData("retry_safe", "\"yes\"", "could not be converted")]
    [InlineData("retry_safe", "1", "could not be converted")]
    [InlineData("retry_safe", "null", "could not be converted")]
    public void A_wrong_value_is_refused(string field, string value, string message)
    {
        WireJson.Refuses<PlannedToolCall>(WireJson.Replacing(ReadCall, field, value)).Message.ShouldContain(message, Case.Sensitive);
    }

    private static string Write(PlannedToolCall call) => JsonSerializer.Serialize(call, ImpJson.Options);

    private static PlannedToolCall Read(string json) => JsonSerializer.Deserialize<PlannedToolCall>(json, ImpJson.Options)!;
}
