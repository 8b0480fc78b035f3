//! imp-core 0.2.0's wire types, declared from the reference (agent/loop_state.rs and
//! workflow/verification.rs): the same fields, types and serde attributes, no behaviour.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TurnPhase {
    ReceiveCommands,
    PreTurn,
    BuildContext,
    SampleModel,
    FinalizeAssistantMessage,
    PlanTools,
    ExecuteTools,
    RecordObservations,
    AssessTurn,
    DecideNext,
    Finish,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnState {
    pub index: u32,
    pub phase: TurnPhase,
    pub continue_reason: Option<ContinueReason>,
    pub planned_tools: usize,
    pub completed_tools: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContinueReason {
    ExternalizationNeeded,
    HighConfidenceVisibleNextStep,
    ExecutionDebt,
    ToolResultsNeedInterpretation,
    QueuedUserFollowUp,
    RecoveryContinuation,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    NoAutomaticFollowUp,
    NoProgress,
    RepeatedAction,
    UserBlocker,
    ExecutionBlocked,
    DecompositionCompleted,
    WorkCompleted,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum LoopDecision {
    Continue { reason: ContinueReason, prompt: String },
    Finish { status: RunFinalStatus },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum RunFinalStatus {
    Done { reason: StopReason },
    DoneWithConcerns { reason: StopReason, concerns: Vec<String> },
    Blocked { reason: StopReason, message: String },
    NeedsUserInput { question: String },
    Cancelled,
    Failed { message: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolRisk {
    ReadOnly,
    Mutable,
    ExternalSideEffect,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToolExecutionMode {
    ParallelReadonlyThenSequentialMutable,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedToolCall {
    pub index: usize,
    pub id: String,
    pub name: String,
    pub args: serde_json::Value,
    pub risk: ToolRisk,
    pub retry_safe: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolPlan {
    pub mode: ToolExecutionMode,
    pub calls: Vec<PlannedToolCall>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VerificationGate {
    pub id: String,
    pub name: String,
    pub kind: VerificationGateKind,
    pub requirement: VerificationGateRequirement,
    pub status: VerificationGateStatus,
    pub command: Option<VerificationCommand>,
    pub result: Option<VerificationGateResult>,
    pub artifacts: Vec<VerificationArtifactRef>,
    pub source: VerificationGateSource,
    pub reason: Option<String>,
}

impl Default for VerificationGate {
    // The reference's default: a manual, required, pending gate from the workflow contract.
    fn default() -> Self {
        VerificationGate {
            id: String::new(),
            name: String::new(),
            kind: VerificationGateKind::Manual,
            requirement: VerificationGateRequirement::Required,
            status: VerificationGateStatus::Pending,
            command: None,
            result: None,
            artifacts: Vec::new(),
            source: VerificationGateSource::WorkflowContract,
            reason: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum VerificationGateKind {
    Command,
    Diff,
    Policy,
    Manual,
    Custom { name: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerificationGateRequirement {
    Required,
    Optional,
    Advisory,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerificationGateStatus {
    Pending,
    Running,
    Passed,
    Failed,
    Skipped,
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VerificationCommand {
    pub command: String,
    pub cwd: Option<PathBuf>,
    pub timeout: Option<Duration>,
}

impl Default for VerificationCommand {
    fn default() -> Self {
        VerificationCommand { command: String::new(), cwd: None, timeout: None }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VerificationGateResult {
    pub exit_code: Option<i32>,
    pub duration_ms: Option<u64>,
    pub summary: Option<String>,
    pub stdout_summary: Option<String>,
    pub stderr_summary: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VerificationArtifactRef {
    pub kind: String,
    pub path: PathBuf,
    pub summary: Option<String>,
    pub bytes: Option<u64>,
    pub redaction: Option<String>,
}

impl Default for VerificationArtifactRef {
    // The reference's default kind is "artifact" with an empty path.
    fn default() -> Self {
        VerificationArtifactRef {
            kind: "artifact".into(),
            path: PathBuf::new(),
            summary: None,
            bytes: None,
            redaction: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "source")]
pub enum VerificationGateSource {
    WorkflowContract,
    ManaTask { unit_id: Option<String> },
    User,
    Inferred,
    Policy,
    Extension { id: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerificationCloseoutEffect {
    AllowsDone,
    BlocksDoneWithConcerns,
    BlocksDone,
}
