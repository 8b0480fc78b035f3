//! imp-llm's stream, message, usage and stop-reason types: every variant, sample values, tricky strings and
//! escapes, and mutations of a full value of each type.

use serde_json::json;

use crate::corpus::Corpus;
use crate::imp_llm as llm;
use crate::strings;

pub fn add(c: &mut Corpus) {
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
    c.mutate("imp_llm::UserMessage", "hello", &user);
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
