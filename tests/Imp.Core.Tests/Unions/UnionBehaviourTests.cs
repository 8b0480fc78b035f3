using System;
using System.Linq;
using System.Reflection;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.Unions;

/// <summary>Match, Switch, AsStr and the closed hierarchy of the generated unions.</summary>
public sealed class UnionBehaviourTests
{
    private static readonly RunFinalStatus[] AllStatuses =
    [
        new RunFinalStatus.Done(StopReason.WorkCompleted),
        new RunFinalStatus.DoneWithConcerns(StopReason.NoProgress, ["c"]),
        new RunFinalStatus.Blocked(StopReason.UserBlocker, "m"),
        new RunFinalStatus.NeedsUserInput("q"),
        new RunFinalStatus.Cancelled(),
        new RunFinalStatus.Failed("f"),
    ];

    [Fact]
    public void Match_and_Switch_call_exactly_the_variants_delegate()
    {
        string[] matched = AllStatuses.Select(s => s.Match(
            done: _ => "done",
            doneWithConcerns: _ => "concerns",
            blocked: b => "blocked:" + b.Message,
            needsUserInput: n => "ask:" + n.Question,
            cancelled: _ => "cancelled",
            failed: f => "failed:" + f.Message)).ToArray();

        matched.ShouldBe(["done", "concerns", "blocked:m", "ask:q", "cancelled", "failed:f"]);

        var switched = new System.Collections.Generic.List<string>();
        foreach (RunFinalStatus status in AllStatuses)
        {
            status.Switch(
                _ => switched.Add("1"),
                _ => switched.Add("2"),
                _ => switched.Add("3"),
                _ => switched.Add("4"),
                _ => switched.Add("5"),
                _ => switched.Add("6"));
        }

        switched.ShouldBe(["1", "2", "3", "4", "5", "6"]);
    }

    [Fact]
    public void Match_refuses_a_null_delegate_even_for_another_variant()
    {
        RunFinalStatus done = AllStatuses[0];

        Should.Throw<ArgumentNullException>(() => done.Match(_ => 1, _ => 2, _ => 3, _ => 4, _ => 5, null!))
            .ParamName.ShouldBe("failed");
    }

    [Fact]
    public void AsStr_and_GetNames_give_the_wire_names()
    {
        AllStatuses.Select(s => s.AsStr()).ShouldBe(RunFinalStatus.GetNames());
        RunFinalStatus.GetNames().ShouldBe(["done", "done_with_concerns", "blocked", "needs_user_input", "cancelled", "failed"]);
        LoopDecision.GetNames().ShouldBe(["continue", "finish"]);
        StreamEvent.GetNames().ShouldBe(["MessageStart", "TextDelta", "ThinkingDelta", "ToolCall", "MessageEnd", "Error"]);
    }

    [Theory]
    [InlineData(typeof(RunFinalStatus))]
    [InlineData(typeof(LoopDecision))]
    [InlineData(typeof(StreamEvent))]
    public void Unions_are_closed_no_constructor_is_reachable_from_outside(Type union)
    {
        // The parameterless constructor is private; what is left is the compiler's protected copy constructor.
        ConstructorInfo[] constructors = union.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        constructors.ShouldContain(c => c.IsPrivate && c.GetParameters().Length == 0);
        constructors.Where(c => !c.IsPrivate).ShouldAllBe(c => c.GetParameters().Length == 1 && c.GetParameters()[0].ParameterType == union);
        union.GetNestedTypes().Where(t => t.IsSubclassOf(union)).ShouldAllBe(t => t.IsSealed);
    }
}
