using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Imp.Core.Tests.Runner.Support;
using Microsoft.Extensions.AI;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Tools;

/// <summary>Tools and their registry: names, schemas, declarations.</summary>
public sealed class ToolRegistryTests
{
    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dot.name")]
    [InlineData("ünïcode")]
    public void Tool_names_models_refuse_are_refused(string name)
    {
        Should.Throw<ArgumentException>(() => TestTools.Echo(name)).Message
            .ShouldStartWith($"'{name}' is not a tool name: use 1 to 64 ASCII letters, digits, '_' or '-'.");
    }

    [Fact]
    public void Names_of_64_characters_are_fine_and_65_are_not()
    {
        TestTools.Echo(new string('a', 64)).Name.Length.ShouldBe(64);
        Should.Throw<ArgumentException>(() => TestTools.Echo(new string('a', 65)));
    }

    [Fact]
    public void A_schema_must_be_an_object_and_defaults_to_any_object()
    {
        Should.Throw<ArgumentException>(() => AgentTool.Create("t", "d", ToolRisk.ReadOnly, (_, _) => ValueTask.FromResult(""), JsonDocument.Parse("[]").RootElement))
            .Message.ShouldStartWith("The parameters schema of tool 't' must be a JSON object, but it is Array.");
        TestTools.Echo().ParametersSchema.GetRawText().ShouldBe("""{"type":"object"}""");
    }

    [Fact]
    public void Risk_timeout_and_retry_safety_are_checked_and_reported()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AgentTool.Create("t", "d", (ToolRisk)9, (_, _) => ValueTask.FromResult("")));
        Should.Throw<ArgumentOutOfRangeException>(() => AgentTool.Create("t", "d", ToolRisk.ReadOnly, (_, _) => ValueTask.FromResult(""), timeout: TimeSpan.Zero))
            .Message.ShouldStartWith("The timeout of tool 't' must be positive.");
        TestTools.Echo("r", ToolRisk.ReadOnly).RetrySafe.ShouldBeTrue();
        TestTools.Echo("w", ToolRisk.Mutable).RetrySafe.ShouldBeFalse();
    }

    [Fact]
    public void Names_are_unique_and_exact()
    {
        var registry = new ToolRegistry([TestTools.Echo("read")]);
        Should.Throw<ArgumentException>(() => registry.Add(TestTools.Echo("read"))).Message.ShouldStartWith("A tool named 'read' is already registered; tool names must be unique.");
        registry.Add(TestTools.Echo("Read"));
        registry.TryGet("READ", out _).ShouldBeFalse();
        registry.TryGet("Read", out AgentTool? found).ShouldBeTrue();
        found!.Name.ShouldBe("Read");
        registry.Tools.Select(t => t.Name).ShouldBe(["read", "Read"]);
    }

    [Fact]
    public void Declarations_carry_name_description_and_schema()
    {
        JsonElement schema = JsonDocument.Parse("""{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}""").RootElement;
        var registry = new ToolRegistry([AgentTool.Create("read", "Reads a file.", ToolRisk.ReadOnly, (_, _) => ValueTask.FromResult(""), schema)]);

        AIFunctionDeclaration declaration = registry.ToDeclarations().ShouldHaveSingleItem().ShouldBeAssignableTo<AIFunctionDeclaration>()!;
        (declaration.Name, declaration.Description).ShouldBe(("read", "Reads a file."));
        declaration.JsonSchema.GetRawText().ShouldBe(schema.GetRawText());
    }

    [Fact]
    public void Each_call_gives_a_list_of_its_own_and_a_tool_added_later_is_declared_too()
    {
        var registry = new ToolRegistry([TestTools.Echo("read")]);
        IList<AITool> first = registry.ToDeclarations();
        first.Add(AIFunctionFactory.CreateDeclaration("callers_own", "Not in the registry.", TestTools.Echo().ParametersSchema));

        registry.ToDeclarations().Select(d => d.Name).ShouldBe(["read"]);
        registry.Add(TestTools.Echo("write", ToolRisk.Mutable));
        registry.ToDeclarations().Select(d => d.Name).ShouldBe(["read", "write"]);
        new ToolRegistry().ToDeclarations().ShouldBeEmpty();
    }

    [Fact]
    public void Plans_take_each_tools_risk_and_treat_unknown_tools_as_the_riskiest()
    {
        var registry = new ToolRegistry([TestTools.Echo("read"), TestTools.Echo("write", ToolRisk.Mutable)]);
        JsonElement args = JsonDocument.Parse("""{"p":1}""").RootElement;

        ToolPlan plan = registry.Plan([new StreamEvent.ToolCall("a", "write", args), new StreamEvent.ToolCall("b", "read", args), new StreamEvent.ToolCall("c", "gone", args)]);

        plan.Mode.ShouldBe(ToolExecutionMode.ParallelReadonlyThenSequentialMutable);
        plan.Calls.Select(c => (c.Index, c.Id, c.Name, c.Risk, c.RetrySafe, c.Arguments.GetRawText())).ShouldBe([
            (0, "a", "write", ToolRisk.Mutable, false, """{"p":1}"""),
            (1, "b", "read", ToolRisk.ReadOnly, true, """{"p":1}"""),
            (2, "c", "gone", ToolRisk.ExternalSideEffect, false, """{"p":1}"""),
        ]);
        registry.Plan([]).IsEmpty.ShouldBeTrue();
        Should.Throw<ArgumentNullException>(() => registry.Plan(null!));
    }
}
