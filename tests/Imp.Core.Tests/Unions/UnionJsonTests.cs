using System.Collections.Generic;
using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Unions;

/// <summary>The SDK's unions on the wire: serde's internally tagged JSON, byte for byte.</summary>
public sealed class UnionJsonTests
{
    public static TheoryData<RunFinalStatus, string> Statuses { get; } = new()
    {
        { new RunFinalStatus.Done(StopReason.WorkCompleted), """{"type":"done","reason":"work_completed"}""" },
        { new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["a", "b"]), """{"type":"done_with_concerns","reason":"no_progress","concerns":["a","b"]}""" },
        { new RunFinalStatus.Blocked(StopReason.ExecutionBlocked, "cargo missing"), """{"type":"blocked","reason":"execution_blocked","message":"cargo missing"}""" },
        { new RunFinalStatus.NeedsUserInput("Which branch?"), """{"type":"needs_user_input","question":"Which branch?"}""" },
        { new RunFinalStatus.Cancelled(), """{"type":"cancelled"}""" },
        { new RunFinalStatus.Failed("boom"), """{"type":"failed","message":"boom"}""" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_is_written_as_serde_does_and_read_back(RunFinalStatus status, string json)
    {
        JsonSerializer.Serialize(status, ImpJson.Options).ShouldBe(json);
        JsonSerializer.Serialize(status).ShouldBe(json);

        RunFinalStatus back = JsonSerializer.Deserialize<RunFinalStatus>(json, ImpJson.Options)!;
        back.GetType().ShouldBe(status.GetType());
        JsonSerializer.Serialize(back, ImpJson.Options).ShouldBe(json);
    }

    [Fact]
    public void Loop_decisions_nest_statuses()
    {
        LoopDecision go = new LoopDecision.Continue(ContinueReason.ExecutionDebt, "finish the \"tests\"\n");
        LoopDecision stop = new LoopDecision.Finish(new RunFinalStatus.Done(StopReason.WorkCompleted));

        JsonSerializer.Serialize(go, ImpJson.Options)
            .ShouldBe("""{"type":"continue","reason":"execution_debt","prompt":"finish the \"tests\"\n"}""");
        JsonSerializer.Serialize(stop, ImpJson.Options)
            .ShouldBe("""{"type":"finish","status":{"type":"done","reason":"work_completed"}}""");
        JsonSerializer.Deserialize<LoopDecision>("""{"status":{"reason":"work_completed","type":"done"},"type":"finish"}""", ImpJson.Options)
            .ShouldBe(stop);
    }

    [Fact]
    public void Stream_events_round_trip()
    {
        using JsonDocument args = JsonDocument.Parse("""{"path":"src/main.rs","limit":3}""");
        StreamEvent[] events =
        [
            new StreamEvent.MessageStart("claude"),
            new StreamEvent.TextDelta("héllo 🦀"),
            new StreamEvent.ThinkingDelta("hmm"),
            new StreamEvent.ToolCall("call_1", "read", args.RootElement.Clone()),
            StreamEvent.Error.From("overloaded_error", "Overloaded"),
        ];

        string json = JsonSerializer.Serialize(events, ImpJson.Options);

        json.ShouldBe(
            "[" +
            """{"type":"MessageStart","model":"claude"},""" +
            """{"type":"TextDelta","text":"héllo 🦀"},""" +
            """{"type":"ThinkingDelta","text":"hmm"},""" +
            """{"type":"ToolCall","id":"call_1","name":"read","arguments":{"path":"src/main.rs","limit":3}},""" +
            """{"type":"Error","error":"overloaded_error: Overloaded"}""" +
            "]");
        JsonSerializer.Serialize(JsonSerializer.Deserialize<StreamEvent[]>(json, ImpJson.Options), ImpJson.Options).ShouldBe(json);
    }

    [Theory]
    [InlineData("""{"type":"blocked","reason":"user_blocker","message":"m"}""")]
    [InlineData("""{"reason":"user_blocker","type":"blocked","message":"m"}""")]
    [InlineData("""{"reason":"user_blocker","message":"m","type":"blocked"}""")]
    [InlineData("""{ "message" : "m" , "extra" : {"type":"done","nested":[1,{"type":"x"}]}, "reason":"user_blocker", "type" : "blocked" }""")]
    [InlineData("""{"type":"bl\u006fcked","r\u0065ason":"user_blocker","message":"m"}""")]
    public void The_discriminator_is_found_anywhere_and_unknown_fields_are_skipped(string json)
    {
        JsonSerializer.Deserialize<RunFinalStatus>(json, ImpJson.Options)
            .ShouldBe(new RunFinalStatus.Blocked(StopReason.UserBlocker, "m"));
    }

    [Theory]
    [InlineData("""{"reason":"work_completed"}""", "RunFinalStatus has no \"type\" property; expected one of \"done\", \"done_with_concerns\", \"blocked\", \"needs_user_input\", \"cancelled\", \"failed\".")]
    [InlineData("""{"type":"finished"}""", "RunFinalStatus has no variant \"finished\"; expected one of \"done\",")]
    [InlineData("""{"type":"Done","reason":"work_completed"}""", "RunFinalStatus has no variant \"Done\"")]
    [InlineData("""{"type":3}""", "RunFinalStatus's \"type\" must be a string, but found the number 3")]
    [InlineData("""{"type":null}""", "RunFinalStatus's \"type\" must be a string, but found null")]
    [InlineData("""["done"]""", "RunFinalStatus is read from a JSON object with a \"type\" of \"done\",")]
    [InlineData("\"done\"", "RunFinalStatus is read from a JSON object with a \"type\" of")]
    [InlineData("""{"type":"done"}""", "RunFinalStatus \"done\" is missing the field \"reason\".")]
    [InlineData("""{"type":"done","reason":"WorkCompleted"}""", "RunFinalStatus \"done\" field \"reason\": \"WorkCompleted\" is not a StopReason wire name.")]
    [InlineData("""{"type":"done","reason":null}""", "RunFinalStatus \"done\" field \"reason\": StopReason is read from a JSON string holding a wire name, but found null.")]
    [InlineData("""{"type":"failed","message":7}""", "RunFinalStatus \"failed\" field \"message\" must be a string, but found the number 7.")]
    [InlineData("""{"type":"failed","message":null}""", "RunFinalStatus \"failed\" field \"message\" must be a string, but found null.")]
    [InlineData("""{"type":"failed","message":"a","message":"b"}""", "RunFinalStatus \"failed\" has the field \"message\" twice.")]
    [InlineData("""{"type":"done_with_concerns","reason":"no_progress","concerns":"one"}""", "RunFinalStatus \"done_with_concerns\" field \"concerns\": ")]
    [InlineData("""{"type":"done_with_concerns","reason":"no_progress","concerns":null}""", "RunFinalStatus \"done_with_concerns\" field \"concerns\" cannot be null.")]
    public void Bad_input_names_the_union_the_variant_and_the_field(string json, string message)
    {
        JsonException error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RunFinalStatus>(json, ImpJson.Options));

        error.Message.ShouldStartWith(message, Case.Sensitive);
    }

    [Fact]
    public void Nested_errors_name_the_outer_and_the_inner_union()
    {
        JsonException error = Should.Throw<JsonException>(() =>
            JsonSerializer.Deserialize<LoopDecision>("""{"type":"finish","status":{"type":"done"}}""", ImpJson.Options));

        error.Message.ShouldBe("LoopDecision \"finish\" field \"status\": RunFinalStatus \"done\" is missing the field \"reason\".");
    }

    [Fact]
    public void Optional_fields_may_be_missing_or_null()
    {
        JsonSerializer.Deserialize<RunEvent>("""{"type":"command_received","turn":1,"command":"cancel"}""", ImpJson.Options)
            .ShouldBe(new RunEvent.CommandReceived(1, RunCommand.Cancel, null));
        JsonSerializer.Deserialize<RunEvent>("""{"type":"command_received","turn":1,"command":"cancel","text":null}""", ImpJson.Options)
            .ShouldBe(new RunEvent.CommandReceived(1, RunCommand.Cancel, null));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RunEvent>("""{"type":"command_received","turn":"ten","command":"cancel"}""", ImpJson.Options))
            .Message.ShouldStartWith("RunEvent \"command_received\" field \"turn\" must be");
    }

    [Fact]
    public void A_dictionary_of_unions_and_a_null_union_round_trip()
    {
        var map = new Dictionary<string, RunFinalStatus?> { ["a"] = new RunFinalStatus.Cancelled(), ["b"] = null };

        string json = JsonSerializer.Serialize(map, ImpJson.Options);

        json.ShouldBe("""{"a":{"type":"cancelled"},"b":null}""");
        JsonSerializer.Deserialize<Dictionary<string, RunFinalStatus?>>(json, ImpJson.Options)!["a"].ShouldBeOfType<RunFinalStatus.Cancelled>();
    }
}
