//! imp-core's loop types: every variant, sample values, tricky strings, mutations of a full value of each
//! type, and hand-picked inputs (integer ranges, document syntax, tags).

use serde_json::json;

use crate::corpus::Corpus;
use crate::imp_core::*;
use crate::strings;

macro_rules! every {
    ($c:expr, $ty:literal, $t:ty, [$($v:ident),* $(,)?]) => {
        $( $c.value::<$t>($ty, stringify!($v), &<$t>::$v); )*
    };
}

pub fn add(c: &mut Corpus) {
    c.suite("imp_core");
    every!(c, "imp_core::TurnPhase", TurnPhase, [ReceiveCommands, PreTurn, BuildContext, SampleModel,
        FinalizeAssistantMessage, PlanTools, ExecuteTools, RecordObservations, AssessTurn, DecideNext, Finish]);
    every!(c, "imp_core::ContinueReason", ContinueReason, [ExternalizationNeeded, HighConfidenceVisibleNextStep,
        ExecutionDebt, ToolResultsNeedInterpretation, QueuedUserFollowUp, RecoveryContinuation]);
    every!(c, "imp_core::StopReason", StopReason, [NoAutomaticFollowUp, NoProgress, RepeatedAction, UserBlocker,
        ExecutionBlocked, DecompositionCompleted, WorkCompleted]);
    every!(c, "imp_core::ToolRisk", ToolRisk, [ReadOnly, Mutable, ExternalSideEffect]);
    every!(c, "imp_core::ToolExecutionMode", ToolExecutionMode, [ParallelReadonlyThenSequentialMutable]);
    every!(c, "imp_core::VerificationGateRequirement", VerificationGateRequirement, [Required, Optional, Advisory]);
    every!(c, "imp_core::VerificationGateStatus", VerificationGateStatus, [Pending, Running, Passed, Failed, Skipped, Blocked]);
    every!(c, "imp_core::VerificationCloseoutEffect", VerificationCloseoutEffect, [AllowsDone, BlocksDoneWithConcerns, BlocksDone]);
    c.mutate("imp_core::TurnPhase", "sample_model", &TurnPhase::SampleModel);
    c.mutate("imp_core::StopReason", "work_completed", &StopReason::WorkCompleted);
    c.mutate("imp_core::ContinueReason", "execution_debt", &ContinueReason::ExecutionDebt);
    c.mutate("imp_core::ToolRisk", "read_only", &ToolRisk::ReadOnly);
    c.mutate("imp_core::ToolExecutionMode", "parallel_readonly_then_sequential_mutable", &ToolExecutionMode::ParallelReadonlyThenSequentialMutable);
    c.mutate("imp_core::VerificationGateRequirement", "advisory", &VerificationGateRequirement::Advisory);
    c.mutate("imp_core::VerificationGateStatus", "skipped", &VerificationGateStatus::Skipped);
    c.mutate("imp_core::VerificationCloseoutEffect", "blocks-done-with-concerns", &VerificationCloseoutEffect::BlocksDoneWithConcerns);
    c.probe::<VerificationCloseoutEffect>("imp_core::VerificationCloseoutEffect", "snake_case spelling", "\"blocks_done\"");

    let fresh = TurnState { index: 0, phase: TurnPhase::ReceiveCommands, continue_reason: None, planned_tools: 0, completed_tools: 0 };
    c.value("imp_core::TurnState", "new(0)", &fresh);
    let busy = TurnState {
        index: u32::MAX,
        phase: TurnPhase::ExecuteTools,
        continue_reason: Some(ContinueReason::ToolResultsNeedInterpretation),
        planned_tools: usize::MAX,
        completed_tools: 3,
    };
    c.value("imp_core::TurnState", "largest counters", &busy);
    c.mutate("imp_core::TurnState", "largest counters", &busy);
    for (case, input) in [
        ("whitespace around and inside", " {\n \"index\" : 1 ,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0 }\t\r\n"),
        ("trailing comma", "{\"index\":1,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0,}"),
        ("trailing characters", "{\"index\":1,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0} x"),
        ("two documents", "{\"index\":1,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0}{}"),
        ("comment", "{/*c*/\"index\":1,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0}"),
        ("index with exponent", "{\"index\":1e0,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0}"),
        ("index with leading zero", "{\"index\":01,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0}"),
        ("index with plus sign", "{\"index\":+1,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0}"),
        ("escaped field name", "{\"\\u0069ndex\":1,\"phase\":\"finish\",\"continue_reason\":null,\"planned_tools\":0,\"completed_tools\":0}"),
        ("empty document", ""),
    ] {
        c.probe::<TurnState>("imp_core::TurnState", case, input);
    }

    let statuses = [
        ("done", RunFinalStatus::Done { reason: StopReason::WorkCompleted }),
        ("done_with_concerns", RunFinalStatus::DoneWithConcerns { reason: StopReason::NoProgress, concerns: vec!["a".into(), "b".into()] }),
        ("done_with_concerns, none", RunFinalStatus::DoneWithConcerns { reason: StopReason::WorkCompleted, concerns: vec![] }),
        ("blocked", RunFinalStatus::Blocked { reason: StopReason::ExecutionBlocked, message: "required verification blocked: unit".into() }),
        ("needs_user_input", RunFinalStatus::NeedsUserInput { question: "Which branch?".into() }),
        ("cancelled", RunFinalStatus::Cancelled),
        ("failed", RunFinalStatus::Failed { message: "model unavailable".into() }),
    ];
    for (case, status) in &statuses {
        c.value("imp_core::RunFinalStatus", case, status);
        c.mutate("imp_core::RunFinalStatus", case, status);
    }
    for (case, text) in strings::tricky() {
        c.value("imp_core::RunFinalStatus", &format!("failed, {case}"), &RunFinalStatus::Failed { message: text });
    }
    for (case, input) in [
        ("tag last", r#"{"reason":"no_progress","concerns":["x"],"type":"done_with_concerns"}"#),
        ("tag in the middle", r#"{"reason":"no_progress","type":"done_with_concerns","concerns":[]}"#),
        ("tag as PascalCase", r#"{"type":"Done","reason":"work_completed"}"#),
        ("cancelled with fields", r#"{"type":"cancelled","reason":"work_completed"}"#),
        ("tag twice, same", r#"{"type":"done","type":"done","reason":"work_completed"}"#),
        ("tag twice, different", r#"{"type":"done","reason":"work_completed","type":"failed"}"#),
        ("tag escaped", r#"{"\u0074ype":"\u0064one","reason":"work_completed"}"#),
        ("null in concerns", r#"{"type":"done_with_concerns","reason":"no_progress","concerns":["a",null]}"#),
    ] {
        c.probe::<RunFinalStatus>("imp_core::RunFinalStatus", case, input);
    }

    let decisions = [
        ("continue", LoopDecision::Continue { reason: ContinueReason::ExecutionDebt, prompt: "finish the tests".into() }),
        ("finish", LoopDecision::Finish { status: RunFinalStatus::Done { reason: StopReason::WorkCompleted } }),
        ("finish, blocked", LoopDecision::Finish { status: RunFinalStatus::Blocked { reason: StopReason::RepeatedAction, message: "repeated_action".into() } }),
        ("finish, cancelled", LoopDecision::Finish { status: RunFinalStatus::Cancelled }),
    ];
    for (case, decision) in &decisions {
        c.value("imp_core::LoopDecision", case, decision);
        c.mutate("imp_core::LoopDecision", case, decision);
    }

    let call = PlannedToolCall {
        index: 0,
        id: "call_1".into(),
        name: "read".into(),
        args: json!({"path": "a.rs", "z": 1, "a": [1.5, -0.0, 1e21, null, true], "nested": {"b": 2, "a": {}}}),
        risk: ToolRisk::ReadOnly,
        retry_safe: true,
    };
    c.value("imp_core::PlannedToolCall", "read", &call);
    c.mutate("imp_core::PlannedToolCall", "read", &call);
    let write = PlannedToolCall { index: usize::MAX, risk: ToolRisk::ExternalSideEffect, retry_safe: false, args: json!(null), ..call.clone() };
    c.value("imp_core::PlannedToolCall", "largest index, null args", &write);
    let plan = ToolPlan { mode: ToolExecutionMode::ParallelReadonlyThenSequentialMutable, calls: vec![call.clone(), write.clone()] };
    c.value("imp_core::ToolPlan", "two calls", &plan);
    c.value("imp_core::ToolPlan", "empty", &ToolPlan { calls: vec![], ..plan.clone() });
    c.mutate("imp_core::ToolPlan", "two calls", &plan);

    crate::verification_values::add(c);
}

