using System.Linq;
using Shouldly;
using Xunit;

namespace Imp.Core.Tests.WireEnums;

/// <summary>The SDK enums' wire names, counts and value lists against imp-core's tables (<see cref="ImpEnumTables"/>).</summary>
public sealed class ImpEnumWireNamesTests
{
    public static TheoryData<string> Enums => new(ImpEnumTables.All.Keys);

    public static TheoryData<string, string, string> Members
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach ((string enumName, IWireEnumContract contract) in ImpEnumTables.All)
            {
                foreach ((string member, string wireName) in contract.Rows)
                {
                    data.Add(enumName, member, wireName);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void AsStr_is_imp_cores_wire_name(string enumName, string member, string expected)
    {
        object value = System.Enum.Parse(ImpEnumTables.All[enumName].EnumType, member);
        CallAsStr(value).ShouldBe(expected);
    }

    [Fact]
    public void AsStr_is_an_extension_method_on_each_enum()
    {
        TurnPhase.FinalizeAssistantMessage.AsStr().ShouldBe("finalize_assistant_message");
        ContinueReason.HighConfidenceVisibleNextStep.AsStr().ShouldBe("high_confidence_visible_next_step");
        StopReason.NoAutomaticFollowUp.AsStr().ShouldBe("no_automatic_follow_up");
        ToolRisk.ExternalSideEffect.AsStr().ShouldBe("external_side_effect");
        ToolExecutionMode.ParallelReadonlyThenSequentialMutable.AsStr().ShouldBe("parallel_readonly_then_sequential_mutable");
        RetryCondition.ConnectionError.AsStr().ShouldBe("connection_error");
        VerificationGateStatus.Skipped.AsStr().ShouldBe("skipped");
        VerificationGateRequirement.Advisory.AsStr().ShouldBe("advisory");
        VerificationCloseoutEffect.BlocksDoneWithConcerns.AsStr().ShouldBe("blocks-done-with-concerns");
    }

    [Fact]
    public void Count_is_a_constant_with_imp_cores_number_of_variants()
    {
        // Used in constant expressions: this only compiles if Count is a const.
        const int total = TurnPhaseExtensions.Count + ContinueReasonExtensions.Count + StopReasonExtensions.Count
            + ToolRiskExtensions.Count + ToolExecutionModeExtensions.Count + RetryConditionExtensions.Count
            + VerificationGateStatusExtensions.Count + VerificationGateRequirementExtensions.Count
            + VerificationCloseoutEffectExtensions.Count;
        total.ShouldBe(44);

        TurnPhaseExtensions.Count.ShouldBe(11);
        ContinueReasonExtensions.Count.ShouldBe(6);
        StopReasonExtensions.Count.ShouldBe(7);
        ToolRiskExtensions.Count.ShouldBe(3);
        ToolExecutionModeExtensions.Count.ShouldBe(1);
        RetryConditionExtensions.Count.ShouldBe(4);
        VerificationGateStatusExtensions.Count.ShouldBe(6);
        VerificationGateRequirementExtensions.Count.ShouldBe(3);
        VerificationCloseoutEffectExtensions.Count.ShouldBe(3);
    }

    [Fact]
    public void GetNames_of_TurnPhase_is_imp_cores_table_in_order()
    {
        TurnPhaseExtensions.GetNames().ShouldBe(
        [
            "receive_commands", "pre_turn", "build_context", "sample_model", "finalize_assistant_message", "plan_tools",
            "execute_tools", "record_observations", "assess_turn", "decide_next", "finish",
        ]);
        TurnPhaseExtensions.GetValues().ShouldBe(
        [
            TurnPhase.ReceiveCommands, TurnPhase.PreTurn, TurnPhase.BuildContext, TurnPhase.SampleModel,
            TurnPhase.FinalizeAssistantMessage, TurnPhase.PlanTools, TurnPhase.ExecuteTools, TurnPhase.RecordObservations,
            TurnPhase.AssessTurn, TurnPhase.DecideNext, TurnPhase.Finish,
        ]);
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Count_GetNames_and_GetValues_match_the_table(string enumName) =>
        ImpEnumTables.All[enumName].AssertCountNamesAndValues();

    [Theory]
    [MemberData(nameof(Enums))]
    public void Table_lists_every_declared_member(string enumName) =>
        ImpEnumTables.All[enumName].AssertTableCoversEveryDeclaredMember();

    [Theory]
    [MemberData(nameof(Enums))]
    public void Wire_names_are_distinct_ascii_snake_or_kebab_case(string enumName)
    {
        // A sanity check on the hand-written table itself, so a typo in it shows up here.
        IWireEnumContract contract = ImpEnumTables.All[enumName];
        contract.Names.Distinct().Count().ShouldBe(contract.Names.Count);
        foreach (string name in contract.Names)
        {
            // snake_case, or kebab-case where imp-core says so (VerificationCloseoutEffect).
            name.ShouldMatch(contract.EnumType == typeof(VerificationCloseoutEffect) ? "^[a-z]+(-[a-z]+)*$" : "^[a-z]+(_[a-z]+)*$");
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Undefined_values_have_no_wire_name(string enumName) =>
        ImpEnumTables.All[enumName].AssertUndefinedValuesRejected(Imp.Json.ImpJson.Options);

    [Fact]
    public void AsStr_of_an_undefined_TurnPhase_throws_ArgumentOutOfRangeException()
    {
        var ex = Should.Throw<System.ArgumentOutOfRangeException>(() => ((TurnPhase)99).AsStr());
        ex.ActualValue.ShouldBe((TurnPhase)99);
        ex.Message.ShouldContain("(TurnPhase)99", Case.Sensitive);
    }

    private static string CallAsStr(object value) => value switch
    {
        TurnPhase v => v.AsStr(),
        ContinueReason v => v.AsStr(),
        StopReason v => v.AsStr(),
        ToolRisk v => v.AsStr(),
        ToolExecutionMode v => v.AsStr(),
        RetryCondition v => v.AsStr(),
        VerificationGateStatus v => v.AsStr(),
        VerificationGateRequirement v => v.AsStr(),
        VerificationCloseoutEffect v => v.AsStr(),
        _ => throw new System.ArgumentException($"Not an SDK enum: {value}", nameof(value)),
    };
}
