using System;
using System.Collections.Generic;
using System.Text.Json;
using Imp.Core.Tests.Closeout;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Tools;

/// <summary>ToolPlan: the empty plan, counts, argument checks and JSON as imp-core writes it.</summary>
public sealed class ToolPlanTests
{
    private const string EmptyJson = """{"mode":"parallel_readonly_then_sequential_mutable","calls":[]}""";

    private const string TwoCalls =
        """{"mode":"parallel_readonly_then_sequential_mutable","calls":[{"index":0,"id":"a","name":"read","args":{"path":"a.rs"},"risk":"read_only","retry_safe":true},{"index":1,"id":"b","name":"write","args":{"path":"b.rs","text":""},"risk":"mutable","retry_safe":false}]}""";

    [Fact]
    public void The_empty_plan_has_no_calls()
    {
        ToolPlan empty = ToolPlan.Empty;

        empty.Mode.ShouldBe(ToolExecutionMode.ParallelReadonlyThenSequentialMutable);
        empty.Calls.ShouldBeEmpty();
        empty.Count.ShouldBe(0);
        empty.IsEmpty.ShouldBeTrue();
        ToolPlan.Empty.ShouldBeSameAs(empty);
        Write(empty).ShouldBe(EmptyJson);
    }

    [Fact]
    public void A_plan_counts_its_calls_and_is_written_as_serde_does()
    {
        ToolPlan plan = new(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, [Read0(), Write1()]);

        plan.Count.ShouldBe(2);
        plan.IsEmpty.ShouldBeFalse();
        plan.Calls[1].Name.ShouldBe("write");
        Write(plan).ShouldBe(TwoCalls);
    }

    [Fact]
    public void The_calls_are_copied()
    {
        var calls = new List<PlannedToolCall> { Read0() };
        ToolPlan plan = new(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, calls);

        calls.Add(Write1());

        plan.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(EmptyJson)]
    [InlineData(TwoCalls)]
    public void JSON_round_trips(string json)
    {
        ToolPlan plan = JsonSerializer.Deserialize<ToolPlan>(json, ImpJson.Options)!;

        Write(plan).ShouldBe(json);
    }

    [Fact]
    public void Read_values_are_the_written_ones()
    {
        ToolPlan plan = JsonSerializer.Deserialize<ToolPlan>(TwoCalls, ImpJson.Options)!;

        plan.Count.ShouldBe(2);
        plan.Calls[0].Risk.ShouldBe(ToolRisk.ReadOnly);
        plan.Calls[1].Arguments.GetProperty("path").GetString().ShouldBe("b.rs");
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Should.Throw<ArgumentNullException>(() => new ToolPlan(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, null!))
            .ParamName.ShouldBe("calls");
        Should.Throw<ArgumentException>(() => new ToolPlan(ToolExecutionMode.ParallelReadonlyThenSequentialMutable, [Read0(), null!]))
            .ParamName.ShouldBe("calls");
        Should.Throw<ArgumentOutOfRangeException>(() => new ToolPlan((ToolExecutionMode)1, []))
            .ParamName.ShouldBe("mode");
    }

    [Theory]
    [InlineData("""{"calls":[]}""", "'mode'")]
    [InlineData("""{"mode":"parallel_readonly_then_sequential_mutable"}""", "'calls'")]
    [InlineData("""{"mode":"parallel_readonly_then_sequential_mutable","calls":null}""", "ToolPlan.calls is not optional, but found null.")]
    [InlineData("""{"mode":"parallel_readonly_then_sequential_mutable","calls":[null]}""", "ToolPlan.calls[0] is not optional, but found null.")]
    [InlineData("""{"mode":"parallel","calls":[]}""", "\"parallel\" is not a ToolExecutionMode wire name")]
    [InlineData("""{"mode":0,"calls":[]}""", "ToolExecutionMode is read from a JSON string")]
    [InlineData("""{"mode":"parallel_readonly_then_sequential_mutable","calls":{}}""", "could not be converted")]
    [InlineData("""{"mode":"parallel_readonly_then_sequential_mutable","calls":[{"index":0}]}""", "'id'")]
    public void Bad_JSON_is_refused(string json, string message)
    {
        WireJson.Refuses<ToolPlan>(json).Message.ShouldContain(message, Case.Sensitive);
    }

    private static PlannedToolCall Read0() => new(0, "a", "read", WireJson.Element("""{"path":"a.rs"}"""), ToolRisk.ReadOnly, retrySafe: true);

    private static PlannedToolCall Write1() => new(1, "b", "write", WireJson.Element("""{"path":"b.rs","text":""}"""), ToolRisk.Mutable, retrySafe: false);

    private static string Write(ToolPlan plan) => JsonSerializer.Serialize(plan, ImpJson.Options);
}
