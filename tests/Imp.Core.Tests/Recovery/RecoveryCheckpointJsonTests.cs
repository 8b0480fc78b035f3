using System.Text.Json;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Recovery;

/// <summary>The wire shape of imp-core's <c>RecoveryCheckpoint</c> (events.rs) and of the reconciliation (recovery.rs).</summary>
public sealed class RecoveryCheckpointJsonTests
{
    [Fact]
    public void A_checkpoint_is_written_as_serde_writes_it()
    {
        var checkpoint = new RecoveryCheckpoint(1, 3, RecoveryCheckpointKind.ToolExecutionEnd, "call-2", "bash", "abc", false, "timeout", 456);

        JsonSerializer.Serialize(checkpoint, ImpJson.Options).ShouldBe(
            """{"version":1,"turn":3,"kind":"tool_execution_end","tool_call_id":"call-2","tool_name":"bash","args_hash":"abc","success":false,"error_class":"timeout","timestamp":456}""");
    }

    [Fact]
    public void Absent_options_are_null_and_round_trip()
    {
        var checkpoint = new RecoveryCheckpoint(1, 0, RecoveryCheckpointKind.ProviderRequestStart, null, null, null, null, null, 0);
        string json = JsonSerializer.Serialize(checkpoint, ImpJson.Options);

        json.ShouldBe("""{"version":1,"turn":0,"kind":"provider_request_start","tool_call_id":null,"tool_name":null,"args_hash":null,"success":null,"error_class":null,"timestamp":0}""");
        JsonSerializer.Deserialize<RecoveryCheckpoint>(json, ImpJson.Options).ShouldBe(checkpoint);
    }

    [Theory]
    [InlineData("provider_request_start", RecoveryCheckpointKind.ProviderRequestStart)]
    [InlineData("assistant_tool_call_observed", RecoveryCheckpointKind.AssistantToolCallObserved)]
    [InlineData("assistant_message_finalized", RecoveryCheckpointKind.AssistantMessageFinalized)]
    [InlineData("tool_plan_created", RecoveryCheckpointKind.ToolPlanCreated)]
    [InlineData("tool_execution_start", RecoveryCheckpointKind.ToolExecutionStart)]
    [InlineData("tool_execution_end", RecoveryCheckpointKind.ToolExecutionEnd)]
    [InlineData("tool_result_added_to_context", RecoveryCheckpointKind.ToolResultAddedToContext)]
    [InlineData("provider_request_completed", RecoveryCheckpointKind.ProviderRequestCompleted)]
    public void Every_kind_has_imp_cores_name(string wire, RecoveryCheckpointKind kind)
    {
        kind.AsStr().ShouldBe(wire);
    }

    [Fact]
    public void A_missing_required_field_or_unknown_kind_is_refused()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RecoveryCheckpoint>("""{"version":1,"kind":"tool_execution_end","timestamp":1}""", ImpJson.Options));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<RecoveryCheckpoint>("""{"version":1,"turn":0,"kind":"ToolExecutionEnd","timestamp":1}""", ImpJson.Options));
    }

    [Fact]
    public void A_reconciliation_is_written_with_imp_cores_field_names()
    {
        var reconciliation = new RecoveryReconciliation(4, [new IncompleteToolRecovery("c", "edit", null, false, IncompleteToolState.StartedNotCompleted)], []);

        JsonSerializer.Serialize(reconciliation, ImpJson.Options).ShouldBe(
            """{"turn":4,"unsafe_incomplete_tools":[{"tool_call_id":"c","tool_name":"edit","args_hash":null,"retry_safe":false,"state":"started_not_completed"}],"retryable_incomplete_tools":[]}""");
    }

    [Fact]
    public void The_arguments_hash_depends_on_the_text_only()
    {
        using var a = JsonDocument.Parse("""{"path":"a.txt"}""");
        using var b = JsonDocument.Parse("""{"path":"a.txt"}""");
        using var c = JsonDocument.Parse("""{"path":"b.txt"}""");

        ToolArgumentsHash.Of(a.RootElement).ShouldBe(ToolArgumentsHash.Of(b.RootElement));
        ToolArgumentsHash.Of(a.RootElement).ShouldNotBe(ToolArgumentsHash.Of(c.RootElement));
        ToolArgumentsHash.Of(a.RootElement).ShouldMatch("^[0-9a-f]{16}$");
    }
}
