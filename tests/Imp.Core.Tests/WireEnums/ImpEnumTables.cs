using System;
using System.Collections.Generic;
using System.Linq;
using static Imp.Core.Tests.WireEnums.Wire;

namespace Imp.Core.Tests.WireEnums;

/// <summary>
/// The SDK's enums and imp-core's wire names for them, copied by hand from imp-core's <c>as_str</c> tables and
/// serde's snake_case. These strings are the specification: they are never computed from a C# name.
/// </summary>
internal static class ImpEnumTables
{
    public static readonly WireEnumContract<TurnPhase> TurnPhase = new()
    {
        Members =
        [
            Member(Imp.TurnPhase.ReceiveCommands, "receive_commands"),
            Member(Imp.TurnPhase.PreTurn, "pre_turn"),
            Member(Imp.TurnPhase.BuildContext, "build_context"),
            Member(Imp.TurnPhase.SampleModel, "sample_model"),
            Member(Imp.TurnPhase.FinalizeAssistantMessage, "finalize_assistant_message"),
            Member(Imp.TurnPhase.PlanTools, "plan_tools"),
            Member(Imp.TurnPhase.ExecuteTools, "execute_tools"),
            Member(Imp.TurnPhase.RecordObservations, "record_observations"),
            Member(Imp.TurnPhase.AssessTurn, "assess_turn"),
            Member(Imp.TurnPhase.DecideNext, "decide_next"),
            Member(Imp.TurnPhase.Finish, "finish"),
        ],
        UndefinedValues = Undefined<TurnPhase>(11),
        Count = TurnPhaseExtensions.Count,
        GetValues = TurnPhaseExtensions.GetValues,
        GetNames = TurnPhaseExtensions.GetNames,
        AsStr = TurnPhaseExtensions.AsStr,
        Parse = TurnPhaseExtensions.Parse,
        TryParseString = TurnPhaseExtensions.TryParse,
        TryParseChars = TurnPhaseExtensions.TryParse,
        TryParseUtf8 = TurnPhaseExtensions.TryParse,
        Converter = new TurnPhaseJsonConverter(),
    };

    public static readonly WireEnumContract<ContinueReason> ContinueReason = new()
    {
        Members =
        [
            Member(Imp.ContinueReason.ExternalizationNeeded, "externalization_needed"),
            Member(Imp.ContinueReason.HighConfidenceVisibleNextStep, "high_confidence_visible_next_step"),
            Member(Imp.ContinueReason.ExecutionDebt, "execution_debt"),
            Member(Imp.ContinueReason.ToolResultsNeedInterpretation, "tool_results_need_interpretation"),
            Member(Imp.ContinueReason.QueuedUserFollowUp, "queued_user_follow_up"),
            Member(Imp.ContinueReason.RecoveryContinuation, "recovery_continuation"),
        ],
        UndefinedValues = Undefined<ContinueReason>(6),
        Count = ContinueReasonExtensions.Count,
        GetValues = ContinueReasonExtensions.GetValues,
        GetNames = ContinueReasonExtensions.GetNames,
        AsStr = ContinueReasonExtensions.AsStr,
        Parse = ContinueReasonExtensions.Parse,
        TryParseString = ContinueReasonExtensions.TryParse,
        TryParseChars = ContinueReasonExtensions.TryParse,
        TryParseUtf8 = ContinueReasonExtensions.TryParse,
        Converter = new ContinueReasonJsonConverter(),
    };

    public static readonly WireEnumContract<StopReason> StopReason = new()
    {
        Members =
        [
            Member(Imp.StopReason.NoAutomaticFollowUp, "no_automatic_follow_up"),
            Member(Imp.StopReason.NoProgress, "no_progress"),
            Member(Imp.StopReason.RepeatedAction, "repeated_action"),
            Member(Imp.StopReason.UserBlocker, "user_blocker"),
            Member(Imp.StopReason.ExecutionBlocked, "execution_blocked"),
            Member(Imp.StopReason.DecompositionCompleted, "decomposition_completed"),
            Member(Imp.StopReason.WorkCompleted, "work_completed"),
        ],
        UndefinedValues = Undefined<StopReason>(7),
        Count = StopReasonExtensions.Count,
        GetValues = StopReasonExtensions.GetValues,
        GetNames = StopReasonExtensions.GetNames,
        AsStr = StopReasonExtensions.AsStr,
        Parse = StopReasonExtensions.Parse,
        TryParseString = StopReasonExtensions.TryParse,
        TryParseChars = StopReasonExtensions.TryParse,
        TryParseUtf8 = StopReasonExtensions.TryParse,
        Converter = new StopReasonJsonConverter(),
    };

    public static readonly WireEnumContract<ToolRisk> ToolRisk = new()
    {
        Members =
        [
            Member(Imp.ToolRisk.ReadOnly, "read_only"),
            Member(Imp.ToolRisk.Mutable, "mutable"),
            Member(Imp.ToolRisk.ExternalSideEffect, "external_side_effect"),
        ],
        UndefinedValues = Undefined<ToolRisk>(3),
        Count = ToolRiskExtensions.Count,
        GetValues = ToolRiskExtensions.GetValues,
        GetNames = ToolRiskExtensions.GetNames,
        AsStr = ToolRiskExtensions.AsStr,
        Parse = ToolRiskExtensions.Parse,
        TryParseString = ToolRiskExtensions.TryParse,
        TryParseChars = ToolRiskExtensions.TryParse,
        TryParseUtf8 = ToolRiskExtensions.TryParse,
        Converter = new ToolRiskJsonConverter(),
    };

    public static readonly WireEnumContract<ToolExecutionMode> ToolExecutionMode = new()
    {
        Members =
        [
            Member(Imp.ToolExecutionMode.ParallelReadonlyThenSequentialMutable, "parallel_readonly_then_sequential_mutable"),
        ],
        UndefinedValues = Undefined<ToolExecutionMode>(1),
        Count = ToolExecutionModeExtensions.Count,
        GetValues = ToolExecutionModeExtensions.GetValues,
        GetNames = ToolExecutionModeExtensions.GetNames,
        AsStr = ToolExecutionModeExtensions.AsStr,
        Parse = ToolExecutionModeExtensions.Parse,
        TryParseString = ToolExecutionModeExtensions.TryParse,
        TryParseChars = ToolExecutionModeExtensions.TryParse,
        TryParseUtf8 = ToolExecutionModeExtensions.TryParse,
        Converter = new ToolExecutionModeJsonConverter(),
    };

    public static readonly WireEnumContract<RetryCondition> RetryCondition = new()
    {
        Members =
        [
            Member(Imp.RetryCondition.RateLimit, "rate_limit"),
            Member(Imp.RetryCondition.ServerError, "server_error"),
            Member(Imp.RetryCondition.Timeout, "timeout"),
            Member(Imp.RetryCondition.ConnectionError, "connection_error"),
        ],
        UndefinedValues = Undefined<RetryCondition>(4),
        Count = RetryConditionExtensions.Count,
        GetValues = RetryConditionExtensions.GetValues,
        GetNames = RetryConditionExtensions.GetNames,
        AsStr = RetryConditionExtensions.AsStr,
        Parse = RetryConditionExtensions.Parse,
        TryParseString = RetryConditionExtensions.TryParse,
        TryParseChars = RetryConditionExtensions.TryParse,
        TryParseUtf8 = RetryConditionExtensions.TryParse,
        Converter = new RetryConditionJsonConverter(),
    };

    public static readonly WireEnumContract<VerificationGateStatus> VerificationGateStatus = new()
    {
        Members =
        [
            Member(Imp.VerificationGateStatus.Pending, "pending"),
            Member(Imp.VerificationGateStatus.Running, "running"),
            Member(Imp.VerificationGateStatus.Passed, "passed"),
            Member(Imp.VerificationGateStatus.Failed, "failed"),
            Member(Imp.VerificationGateStatus.Skipped, "skipped"),
            Member(Imp.VerificationGateStatus.Blocked, "blocked"),
        ],
        UndefinedValues = Undefined<VerificationGateStatus>(6),
        Count = VerificationGateStatusExtensions.Count,
        GetValues = VerificationGateStatusExtensions.GetValues,
        GetNames = VerificationGateStatusExtensions.GetNames,
        AsStr = VerificationGateStatusExtensions.AsStr,
        Parse = VerificationGateStatusExtensions.Parse,
        TryParseString = VerificationGateStatusExtensions.TryParse,
        TryParseChars = VerificationGateStatusExtensions.TryParse,
        TryParseUtf8 = VerificationGateStatusExtensions.TryParse,
        Converter = new VerificationGateStatusJsonConverter(),
    };

    public static readonly WireEnumContract<VerificationGateRequirement> VerificationGateRequirement = new()
    {
        Members =
        [
            Member(Imp.VerificationGateRequirement.Required, "required"),
            Member(Imp.VerificationGateRequirement.Optional, "optional"),
            Member(Imp.VerificationGateRequirement.Advisory, "advisory"),
        ],
        UndefinedValues = Undefined<VerificationGateRequirement>(3),
        Count = VerificationGateRequirementExtensions.Count,
        GetValues = VerificationGateRequirementExtensions.GetValues,
        GetNames = VerificationGateRequirementExtensions.GetNames,
        AsStr = VerificationGateRequirementExtensions.AsStr,
        Parse = VerificationGateRequirementExtensions.Parse,
        TryParseString = VerificationGateRequirementExtensions.TryParse,
        TryParseChars = VerificationGateRequirementExtensions.TryParse,
        TryParseUtf8 = VerificationGateRequirementExtensions.TryParse,
        Converter = new VerificationGateRequirementJsonConverter(),
    };

    public static readonly WireEnumContract<VerificationCloseoutEffect> VerificationCloseoutEffect = new()
    {
        Members =
        [
            Member(Imp.VerificationCloseoutEffect.AllowsDone, "allows-done"),
            Member(Imp.VerificationCloseoutEffect.BlocksDone, "blocks-done"),
            Member(Imp.VerificationCloseoutEffect.BlocksDoneWithConcerns, "blocks-done-with-concerns"),
        ],
        UndefinedValues = Undefined<VerificationCloseoutEffect>(3),
        Count = VerificationCloseoutEffectExtensions.Count,
        GetValues = VerificationCloseoutEffectExtensions.GetValues,
        GetNames = VerificationCloseoutEffectExtensions.GetNames,
        AsStr = VerificationCloseoutEffectExtensions.AsStr,
        Parse = VerificationCloseoutEffectExtensions.Parse,
        TryParseString = VerificationCloseoutEffectExtensions.TryParse,
        TryParseChars = VerificationCloseoutEffectExtensions.TryParse,
        TryParseUtf8 = VerificationCloseoutEffectExtensions.TryParse,
        Converter = new VerificationCloseoutEffectJsonConverter(),
    };

    /// <summary>Every SDK enum by its type name.</summary>
    public static readonly IReadOnlyDictionary<string, IWireEnumContract> All = new IWireEnumContract[]
    {
        TurnPhase,
        ContinueReason,
        StopReason,
        ToolRisk,
        ToolExecutionMode,
        RetryCondition,
        VerificationGateStatus,
        VerificationGateRequirement,
        VerificationCloseoutEffect,
    }.ToDictionary(c => c.EnumType.Name, StringComparer.Ordinal);

    /// <summary>Values no member declares: the one past the last member, negatives and the extremes of <see cref="int"/>.</summary>
    private static T[] Undefined<T>(int firstUnused)
        where T : struct, Enum =>
        [(T)(object)firstUnused, (T)(object)(firstUnused + 1), (T)(object)(-1), (T)(object)int.MaxValue, (T)(object)int.MinValue];
}
