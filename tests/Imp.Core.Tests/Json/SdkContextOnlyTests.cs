using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Imp.Json;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Json;

/// <summary>
/// The SDK's domain values serialize without reflection: options whose only resolver is the SDK's source-generated one
/// (<c>ImpJsonContext</c> and the generated converters) read and write them byte for byte as <see cref="ImpJson.Options"/> does.
/// </summary>
public sealed class SdkContextOnlyTests
{
    // ImpJson's settings, but no reflection-based resolver and no converters: everything comes from the SDK's resolver.
    private static readonly JsonSerializerOptions ContextOnly = CreateContextOnly();

    public static TheoryData<string> Kinds() => [.. SdkContextOnlyValues.All.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Values_are_written_and_read_as_ImpJson_writes_them(string kind)
    {
        object value = SdkContextOnlyValues.All[kind];
        Type type = SdkContextOnlyValues.DeclaredType(value);
        JsonTypeInfo contract = ContextOnly.GetTypeInfo(type);

        byte[] ours = JsonSerializer.SerializeToUtf8Bytes(value, contract);
        byte[] impJson = JsonSerializer.SerializeToUtf8Bytes(value, ImpJson.Options.GetTypeInfo(type));
        object back = JsonSerializer.Deserialize(ours, contract)!;

        ours.ShouldBe(impJson);
        back.ShouldBeAssignableTo(type);
        JsonSerializer.SerializeToUtf8Bytes(back, contract).ShouldBe(ours);
    }

    [Fact]
    public void The_bytes_are_imp_cores()
    {
        // A few literal expectations, so that two equally wrong writers cannot agree.
        Write(SdkContextOnlyValues.All["run_event.phase_entered"]).ShouldBe("""{"type":"phase_entered","turn":0,"phase":"sample_model"}""");
        Write(SdkContextOnlyValues.All["turn_state"]).ShouldBe("""{"index":2,"phase":"execute_tools","continue_reason":"execution_debt","planned_tools":2,"completed_tools":1}""");
        Write(SdkContextOnlyValues.All["loop_decision.finish"]).ShouldBe("""{"type":"finish","status":{"type":"done_with_concerns","reason":"no_progress","concerns":["tests not run","\u001b[31mred"]}}""");
        Write(SdkContextOnlyValues.All["tool_plan"]).ShouldBe(
            """{"mode":"parallel_readonly_then_sequential_mutable","calls":[{"index":0,"id":"call_1","name":"read_file","args":{"path":"src/lib.rs"},"risk":"read_only","retry_safe":true},{"index":1,"id":"call_2","name":"write_file","args":{"path":"größe.txt"},"risk":"mutable","retry_safe":false}]}""");
    }

    [Fact]
    public void Strict_reading_holds_without_reflection()
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize("""{"mode":"parallel_readonly_then_sequential_mutable","calls":[null]}""", ContextOnly.GetTypeInfo(typeof(ToolPlan))))
            .Message.ShouldBe("ToolPlan.calls[0] is not optional, but found null.");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize("""{"type":"phase_entered","turn":0,"phase":"Finish"}""", ContextOnly.GetTypeInfo(typeof(RunEvent))))
            .Message.ShouldContain("TurnPhase");
    }

    [Fact]
    public void A_type_outside_the_context_is_refused()
    {
        Should.Throw<NotSupportedException>(() => ContextOnly.GetTypeInfo(typeof(Uri)));
        Should.Throw<NotSupportedException>(() => ContextOnly.GetTypeInfo(typeof(SdkContextOnlyTests)));
        Should.Throw<NotSupportedException>(() => ContextOnly.GetTypeInfo(typeof(RunEvent.PhaseEntered)));
    }

    [Fact]
    public void Every_sdk_enum_and_union_has_its_generated_converter()
    {
        Type[] wireTypes = typeof(ImpJson).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<WireEnumAttribute>() is not null || t.GetCustomAttribute<WireUnionAttribute>() is not null)
            .ToArray();

        wireTypes.Length.ShouldBeGreaterThan(12);
        foreach (Type type in wireTypes)
        {
            Type converter = ContextOnly.GetTypeInfo(type).Converter.GetType();
            converter.Name.ShouldBeOneOf([$"{type.Name}JsonConverter", "WireConverter"], type.Name);
            converter.Assembly.ShouldBe(typeof(ImpJson).Assembly);
        }
    }

    [Fact]
    public void ImpJson_resolves_the_sdk_types_before_reflection()
    {
        // Reflection would write the same bytes: only the contract's origin shows that the context served it.
        foreach (Type type in new[] { typeof(TurnState), typeof(ToolPlan), typeof(PlannedToolCall), typeof(VerificationGate), typeof(VerificationGateResult) })
        {
            ImpJson.Options.GetTypeInfo(type).OriginatingResolver.ShouldBeOfType<ImpJsonContext>(type.Name);
        }
    }

    [Fact]
    public void A_copy_takes_the_callers_context_in_front()
    {
        // What a trimmed app does for its own types (the ImpJson.Options remarks).
#pragma warning disable CA1869 // A fresh copy is what this test is about.
        var copy = new JsonSerializerOptions(ImpJson.Options);
#pragma warning restore CA1869
        copy.TypeInfoResolverChain.Insert(0, SourceGeneratedContextTests.SnapshotContext.Default);

        JsonSerializer.Serialize(new SourceGeneratedContextTests.TurnSnapshot(TurnPhase.Finish, null, [ToolRisk.Mutable]), copy)
            .ShouldBe("""{"phase":"finish","stop":null,"risks":["mutable"]}""");
        JsonSerializer.Serialize(SdkContextOnlyValues.All["turn_state"], copy.GetTypeInfo(typeof(TurnState)))
            .ShouldBe(Write(SdkContextOnlyValues.All["turn_state"]));
    }

    private static string Write(object value) =>
        JsonSerializer.Serialize(value, ContextOnly.GetTypeInfo(SdkContextOnlyValues.DeclaredType(value)));

    private static JsonSerializerOptions CreateContextOnly()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = ImpJson.Encoder,
            TypeInfoResolver = ImpJson.SourceGenerated,
        };
        options.MakeReadOnly();
        return options;
    }
}
