using System;
using System.Text;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

/// <summary>Every SDK enum value through AsStr, Parse and the three TryParse overloads.</summary>
public sealed class ImpEnumRoundTripTests
{
    public static TheoryData<string> Enums => new(ImpEnumTables.All.Keys);

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_value_round_trips_through_every_parser(string enumName) =>
        ImpEnumTables.All[enumName].AssertParsersRoundTrip();

    [Fact]
    public void Parse_and_TryParse_overloads_are_callable_as_users_write_them()
    {
        TurnPhaseExtensions.Parse("plan_tools").ShouldBe(TurnPhase.PlanTools);

        TurnPhaseExtensions.TryParse("decide_next", out TurnPhase fromString).ShouldBeTrue();
        fromString.ShouldBe(TurnPhase.DecideNext);

        TurnPhaseExtensions.TryParse("xx assess_turn xx".AsSpan(3, 11), out TurnPhase fromChars).ShouldBeTrue();
        fromChars.ShouldBe(TurnPhase.AssessTurn);

        TurnPhaseExtensions.TryParse("sample_model"u8, out TurnPhase fromUtf8).ShouldBeTrue();
        fromUtf8.ShouldBe(TurnPhase.SampleModel);

        byte[] bytes = Encoding.UTF8.GetBytes("[pre_turn]");
        TurnPhaseExtensions.TryParse(bytes.AsSpan(1, 8), out TurnPhase fromSlice).ShouldBeTrue();
        fromSlice.ShouldBe(TurnPhase.PreTurn);
    }

    [Fact]
    public void Names_of_the_same_length_are_told_apart()
    {
        // "assess_turn" and "decide_next" are both 11 bytes; "build_context" and "execute_tools" both 13.
        TurnPhaseExtensions.TryParse("assess_turn"u8, out TurnPhase assess).ShouldBeTrue();
        assess.ShouldBe(TurnPhase.AssessTurn);
        TurnPhaseExtensions.TryParse("decide_next"u8, out TurnPhase decide).ShouldBeTrue();
        decide.ShouldBe(TurnPhase.DecideNext);
        TurnPhaseExtensions.TryParse("build_context"u8, out TurnPhase build).ShouldBeTrue();
        build.ShouldBe(TurnPhase.BuildContext);
        TurnPhaseExtensions.TryParse("execute_tools"u8, out TurnPhase execute).ShouldBeTrue();
        execute.ShouldBe(TurnPhase.ExecuteTools);
        TurnPhaseExtensions.TryParse("execute_toolz"u8, out _).ShouldBeFalse();
    }

    [Fact]
    public void Names_shared_across_enums_parse_to_each_enums_own_member()
    {
        // "blocked" is a VerificationGateStatus; "execution_blocked" a StopReason: no enum accepts another's names.
        VerificationGateStatusExtensions.Parse("blocked").ShouldBe(VerificationGateStatus.Blocked);
        StopReasonExtensions.TryParse("blocked", out _).ShouldBeFalse();
        VerificationGateStatusExtensions.TryParse("execution_blocked", out _).ShouldBeFalse();
        TurnPhaseExtensions.TryParse("timeout", out _).ShouldBeFalse();
    }
}
