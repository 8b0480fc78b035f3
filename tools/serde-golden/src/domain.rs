//! imp's wire types: every variant, sample values, tricky strings, mutations of a full value of
//! each type, and hand-picked inputs (serde's Duration forms, integer ranges, document syntax).

use std::time::Duration;

use serde_json::json;

use crate::corpus::Corpus;
use crate::imp_core::*;
use crate::imp_llm as llm;
use crate::strings;

macro_rules! every {
    ($c:expr, $ty:literal, $t:ty, [$($v:ident),* $(,)?]) => {
        $( $c.value::<$t>($ty, stringify!($v), &<$t>::$v); )*
    };
}

pub fn imp_core(c: &mut Corpus) {
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

    verification(c);
}

fn verification(c: &mut Corpus) {
    let kinds = [
        ("command", VerificationGateKind::Command),
        ("diff", VerificationGateKind::Diff),
        ("policy", VerificationGateKind::Policy),
        ("manual", VerificationGateKind::Manual),
        ("custom", VerificationGateKind::Custom { name: "lint".into() }),
    ];
    for (case, kind) in &kinds {
        c.value("imp_core::VerificationGateKind", case, kind);
    }
    c.mutate("imp_core::VerificationGateKind", "custom", &kinds[4].1);
    c.mutate("imp_core::VerificationGateKind", "command", &kinds[0].1);
    c.probe::<VerificationGateKind>("imp_core::VerificationGateKind", "plain string", "\"command\"");

    let sources = [
        ("workflow-contract", VerificationGateSource::WorkflowContract),
        ("mana-task", VerificationGateSource::ManaTask { unit_id: Some("394.7.2".into()) }),
        ("mana-task without unit", VerificationGateSource::ManaTask { unit_id: None }),
        ("user", VerificationGateSource::User),
        ("inferred", VerificationGateSource::Inferred),
        ("policy", VerificationGateSource::Policy),
        ("extension", VerificationGateSource::Extension { id: "ext.lint".into() }),
    ];
    for (case, source) in &sources {
        c.value("imp_core::VerificationGateSource", case, source);
    }
    c.mutate("imp_core::VerificationGateSource", "mana-task", &sources[1].1);

    let command = VerificationCommand { command: "cargo test".into(), cwd: Some("/repo/crates".into()), timeout: Some(Duration::new(600, 250_000_000)) };
    c.value("imp_core::VerificationCommand", "full", &command);
    c.value("imp_core::VerificationCommand", "new", &VerificationCommand { command: "cargo fmt --check".into(), cwd: None, timeout: None });
    c.value("imp_core::VerificationCommand", "largest timeout", &VerificationCommand { timeout: Some(Duration::new(u64::MAX, 999_999_999)), ..command.clone() });
    c.mutate("imp_core::VerificationCommand", "full", &command);
    for (case, input) in [
        ("timeout as [secs, nanos]", r#"{"command":"x","timeout":[5,7]}"#),
        ("timeout nanos past a second", r#"{"command":"x","timeout":{"secs":1,"nanos":1500000000}}"#),
        ("timeout nanos overflow secs", r#"{"command":"x","timeout":{"secs":18446744073709551615,"nanos":1000000000}}"#),
        ("timeout without nanos", r#"{"command":"x","timeout":{"secs":1}}"#),
        ("timeout without secs", r#"{"command":"x","timeout":{"nanos":1}}"#),
        ("timeout as seconds", r#"{"command":"x","timeout":5}"#),
        ("timeout as text", r#"{"command":"x","timeout":"5s"}"#),
        ("timeout nanos too large for u32", r#"{"command":"x","timeout":{"secs":0,"nanos":4294967296}}"#),
        ("timeout with unknown field", r#"{"command":"x","timeout":{"secs":1,"nanos":2,"millis":3}}"#),
        ("timeout secs repeated", r#"{"command":"x","timeout":{"secs":1,"secs":2,"nanos":0}}"#),
        ("cwd empty", r#"{"command":"x","cwd":""}"#),
    ] {
        c.probe::<VerificationCommand>("imp_core::VerificationCommand", case, input);
    }

    let result = VerificationGateResult {
        exit_code: Some(-1),
        duration_ms: Some(u64::MAX),
        summary: Some("exit code 1: 2 tests failed".into()),
        stdout_summary: Some("line 1\nline 2".into()),
        stderr_summary: Some(String::new()),
    };
    c.value("imp_core::VerificationGateResult", "full", &result);
    c.value("imp_core::VerificationGateResult", "passed(0)", &VerificationGateResult { exit_code: Some(0), ..Default::default() });
    c.value("imp_core::VerificationGateResult", "default", &VerificationGateResult::default());
    c.value("imp_core::VerificationGateResult", "i32 bounds", &VerificationGateResult { exit_code: Some(i32::MIN), duration_ms: Some(0), ..Default::default() });
    c.mutate("imp_core::VerificationGateResult", "full", &result);

    let artifact = VerificationArtifactRef {
        kind: "stdout".into(),
        path: ".imp/runs/run_1/verification/fmt/stdout.log".into(),
        summary: Some("12 lines".into()),
        bytes: Some(4096),
        redaction: Some("secrets".into()),
    };
    c.value("imp_core::VerificationArtifactRef", "full", &artifact);
    c.value("imp_core::VerificationArtifactRef", "default", &VerificationArtifactRef::default());
    c.mutate("imp_core::VerificationArtifactRef", "full", &artifact);

    let pending = VerificationGate {
        id: "unit".into(),
        name: "unit".into(),
        kind: VerificationGateKind::Command,
        command: Some(VerificationCommand { command: "cargo test".into(), cwd: None, timeout: None }),
        ..VerificationGate::default()
    };
    let full = VerificationGate {
        id: "fmt".into(),
        name: "format".into(),
        kind: VerificationGateKind::Command,
        requirement: VerificationGateRequirement::Required,
        status: VerificationGateStatus::Failed,
        command: Some(command.clone()),
        result: Some(result.clone()),
        artifacts: vec![artifact.clone(), VerificationArtifactRef::default()],
        source: VerificationGateSource::ManaTask { unit_id: Some("394.7.2".into()) },
        reason: Some("stale".into()),
    };
    c.value("imp_core::VerificationGate", "default", &VerificationGate::default());
    c.value("imp_core::VerificationGate", "command(unit, cargo test)", &pending);
    c.value("imp_core::VerificationGate", "full", &full);
    for (case, kind) in &kinds {
        c.value("imp_core::VerificationGate", &format!("kind {case}"), &VerificationGate { kind: kind.clone(), ..pending.clone() });
    }
    for (case, source) in &sources {
        c.value("imp_core::VerificationGate", &format!("source {case}"), &VerificationGate { source: source.clone(), ..pending.clone() });
    }
    for status in [VerificationGateStatus::Running, VerificationGateStatus::Passed, VerificationGateStatus::Skipped, VerificationGateStatus::Blocked] {
        c.value("imp_core::VerificationGate", &format!("status {status:?}"), &VerificationGate { status, reason: Some("why".into()), ..pending.clone() });
    }
    for requirement in [VerificationGateRequirement::Optional, VerificationGateRequirement::Advisory] {
        c.value("imp_core::VerificationGate", &format!("requirement {requirement:?}"), &VerificationGate { requirement, ..pending.clone() });
    }
    c.mutate("imp_core::VerificationGate", "full", &full);
    for (case, input) in [
        ("only an id", r#"{"id":"x"}"#),
        ("kind as a plain string", r#"{"kind":"command"}"#),
        ("source as a plain string", r#"{"source":"user"}"#),
        ("artifact without a path", r#"{"artifacts":[{"kind":"log"}]}"#),
        ("command object empty", r#"{"command":{}}"#),
    ] {
        c.probe::<VerificationGate>("imp_core::VerificationGate", case, input);
    }
}

pub fn imp_llm(c: &mut Corpus) {
    c.suite("imp_llm");
    let reasons = [
        ("EndTurn", llm::StopReason::EndTurn),
        ("ToolUse", llm::StopReason::ToolUse),
        ("MaxTokens", llm::StopReason::MaxTokens),
        ("Error", llm::StopReason::Error("rate_limit".into())),
        ("Error, empty", llm::StopReason::Error(String::new())),
    ];
    for (case, reason) in &reasons {
        c.value("imp_llm::StopReason", case, reason);
        c.mutate("imp_llm::StopReason", case, reason);
    }
    for (case, input) in [
        ("unit variant as an object", r#"{"EndTurn":null}"#),
        ("unit variant as an object with a value", r#"{"EndTurn":1}"#),
        ("Error as a plain string", r#""Error""#),
        ("two keys", r#"{"Error":"a","EndTurn":null}"#),
        ("snake_case", r#""end_turn""#),
    ] {
        c.probe::<llm::StopReason>("imp_llm::StopReason", case, input);
    }

    let usage = llm::Usage { input_tokens: 100, output_tokens: 50, cache_read_tokens: 0, cache_write_tokens: u32::MAX };
    c.value("imp_llm::Usage", "sample", &usage);
    c.value("imp_llm::Usage", "default", &llm::Usage::default());
    c.mutate("imp_llm::Usage", "sample", &usage);

    let cost = llm::Cost { input: 3.0, output: 7.5, cache_read: 0.06, cache_write: 0.375, total: 10.935 };
    c.value("imp_llm::Cost", "sample", &cost);
    c.value("imp_llm::Cost", "default", &llm::Cost::default());
    c.value("imp_llm::Cost", "extremes", &llm::Cost { input: f64::MAX, output: f64::MIN_POSITIVE, cache_read: -0.0, cache_write: 1e-7, total: 1e21 });
    c.value("imp_llm::Cost", "shortest round trip", &llm::Cost { input: 0.1 + 0.2, output: 1.0 / 3.0, cache_read: 5e-324, cache_write: 123456789.0, total: 1e16 });
    c.mutate("imp_llm::Cost", "sample", &cost);
    for (case, input) in [
        ("integers", r#"{"input":3,"output":0,"cache_read":-0,"cache_write":18446744073709551616,"total":1}"#),
        ("exponents", r#"{"input":1E2,"output":1e-2,"cache_read":2.5e+3,"cache_write":1e-400,"total":0.1e1}"#),
        ("many digits", r#"{"input":0.30000000000000004441,"output":3.141592653589793238462643383279,"cache_read":1.7976931348623157e308,"cache_write":4.9e-324,"total":123456789012345678901234567890}"#),
        ("out of range", r#"{"input":1e309,"output":0,"cache_read":0,"cache_write":0,"total":0}"#),
        ("NaN", r#"{"input":NaN,"output":0,"cache_read":0,"cache_write":0,"total":0}"#),
        ("Infinity", r#"{"input":Infinity,"output":0,"cache_read":0,"cache_write":0,"total":0}"#),
    ] {
        c.probe::<llm::Cost>("imp_llm::Cost", case, input);
    }

    let blocks = [
        ("text", llm::ContentBlock::Text { text: "Sure!".into() }),
        ("thinking", llm::ContentBlock::Thinking { text: "Let me think...".into() }),
        ("tool_call", llm::ContentBlock::ToolCall { id: "tc_1".into(), name: "bash".into(), arguments: json!({"command": "ls", "n": 1}) }),
        ("image", llm::ContentBlock::Image { media_type: "image/png".into(), data: "iVBORw0KGgo=".into() }),
    ];
    for (case, block) in &blocks {
        c.value("imp_llm::ContentBlock", case, block);
        c.mutate("imp_llm::ContentBlock", case, block);
    }

    let message = llm::AssistantMessage {
        content: blocks.iter().map(|(_, b)| b.clone()).collect(),
        usage: Some(usage.clone()),
        stop_reason: llm::StopReason::ToolUse,
        timestamp: 1_700_000_001,
    };
    let empty = llm::AssistantMessage { content: vec![], usage: None, stop_reason: llm::StopReason::EndTurn, timestamp: 0 };
    c.value("imp_llm::AssistantMessage", "every block", &message);
    c.value("imp_llm::AssistantMessage", "empty", &empty);
    c.value("imp_llm::AssistantMessage", "error stop, largest timestamp", &llm::AssistantMessage { stop_reason: llm::StopReason::Error("overloaded".into()), timestamp: u64::MAX, ..empty.clone() });
    c.mutate("imp_llm::AssistantMessage", "every block", &message);

    let user = llm::UserMessage { content: vec![llm::ContentBlock::Text { text: "Hello".into() }], timestamp: 1_700_000_000 };
    let tool = llm::ToolResultMessage {
        tool_call_id: "call_123".into(),
        tool_name: "read_file".into(),
        content: vec![llm::ContentBlock::Text { text: "file contents".into() }],
        is_error: false,
        details: json!({"path": "/tmp/test"}),
        timestamp: 1_700_000_002,
    };
    let messages = [
        ("user", llm::Message::User(user.clone())),
        ("assistant", llm::Message::Assistant(message.clone())),
        ("assistant, empty", llm::Message::Assistant(empty.clone())),
        ("tool_result", llm::Message::ToolResult(tool.clone())),
        ("tool_result, error without details", llm::Message::ToolResult(llm::ToolResultMessage { is_error: true, details: json!(null), ..tool.clone() })),
    ];
    for (case, m) in &messages {
        c.value("imp_llm::Message", case, m);
        c.mutate("imp_llm::Message", case, m);
    }
    c.value("imp_llm::UserMessage", "hello", &user);
    c.value("imp_llm::ToolResultMessage", "read_file", &tool);
    c.mutate("imp_llm::ToolResultMessage", "read_file", &tool);
    c.probe::<llm::Message>("imp_llm::Message", "role last", r#"{"content":[],"timestamp":1,"role":"user"}"#);

    let events = [
        ("MessageStart", llm::StreamEvent::MessageStart { model: "claude-sonnet-4-5".into() }),
        ("TextDelta", llm::StreamEvent::TextDelta { text: "Hel".into() }),
        ("ThinkingDelta", llm::StreamEvent::ThinkingDelta { text: "hmm".into() }),
        ("ToolCall", llm::StreamEvent::ToolCall { id: "call_1".into(), name: "read".into(), arguments: json!({"path": "a.rs"}) }),
        ("MessageEnd", llm::StreamEvent::MessageEnd { message: message.clone() }),
        ("MessageEnd, empty", llm::StreamEvent::MessageEnd { message: empty.clone() }),
        ("Error", llm::StreamEvent::Error { error: "overloaded_error: Overloaded".into() }),
    ];
    for (case, e) in &events {
        c.value("imp_llm::StreamEvent", case, e);
        c.mutate("imp_llm::StreamEvent", case, e);
    }
    for (case, text) in strings::tricky() {
        c.value("imp_llm::StreamEvent", &format!("TextDelta, {case}"), &llm::StreamEvent::TextDelta { text });
    }
    for (case, input) in strings::escaped_inputs().into_iter().chain(strings::refused_inputs()) {
        c.probe::<llm::StreamEvent>("imp_llm::StreamEvent", &format!("TextDelta, {case}"), &format!(r#"{{"type":"TextDelta","text":{input}}}"#));
    }
    for (case, input) in [
        ("snake_case tag", r#"{"type":"text_delta","text":"x"}"#),
        ("tag last", r#"{"text":"x","type":"TextDelta"}"#),
        ("tag twice", r#"{"type":"TextDelta","text":"x","type":"TextDelta"}"#),
        ("Error as an object", r#"{"type":"Error","error":{"message":"x"}}"#),
    ] {
        c.probe::<llm::StreamEvent>("imp_llm::StreamEvent", case, input);
    }
}
