//! imp-core's verification types: every kind, source, status and requirement in a gate, serde's `Duration`
//! forms, `#[serde(default)]` structs, and mutations of a full gate.

use std::time::Duration;

use crate::corpus::Corpus;
use crate::imp_core::*;

pub fn add(c: &mut Corpus) {
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

