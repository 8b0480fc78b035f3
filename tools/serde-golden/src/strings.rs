//! Strings that JSON writers disagree on: what serde_json escapes (quote, backslash, C0 controls)
//! and what it writes raw (DEL, C1 controls, U+2028/U+2029, HTML-sensitive characters, non-ASCII).

pub fn tricky() -> Vec<(&'static str, String)> {
    let mut all: String = (0u8..0x20).map(char::from).collect();
    all.push('\u{7f}');
    vec![
        ("empty", String::new()),
        ("quotes", "say \"hi\"".into()),
        ("backslashes", r"C:\path\to\file \\ \n".into()),
        ("every C0 control and DEL", all),
        ("newline tab return", "a\nb\tc\rd".into()),
        ("backspace formfeed", "\u{8}\u{c}".into()),
        ("NUL", "\0".into()),
        ("C1 controls", "\u{80}\u{85}\u{9f}".into()),
        ("HTML-sensitive", "<script>&'+`</script>".into()),
        ("slash", "a/b</c".into()),
        ("non-ASCII", "Grüße, 日本語, Ünïcode, Ωmega".into()),
        ("emoji", "😀👍🏽👨‍👩‍👧".into()),
        ("line and paragraph separators", "a\u{2028}b\u{2029}c".into()),
        ("BOM and zero-width", "\u{feff}x\u{200b}y".into()),
        ("astral private use", "\u{10ffff}\u{f0000}".into()),
        ("combining", "e\u{301} a\u{308}".into()),
    ]
}

/// JSON string texts serde_json reads, each with an escape it must decode.
pub fn escaped_inputs() -> Vec<(&'static str, &'static str)> {
    vec![
        ("escaped ASCII", r#""\u0066inish""#),
        ("escaped slash", r#""a\/b""#),
        ("escaped non-ASCII", r#""\u00e9t\u00E9""#),
        ("escaped surrogate pair", r#""\ud83d\ude00""#),
        ("escaped U+2028", r#""\u2028""#),
        ("every short escape", r#""\"\\\/\b\f\n\r\t""#),
        ("raw DEL and C1", "\"\u{7f}\u{85}\""),
    ]
}

/// JSON string texts serde_json refuses.
pub fn refused_inputs() -> Vec<(&'static str, &'static str)> {
    vec![
        ("raw newline", "\"a\nb\""),
        ("raw tab", "\"a\tb\""),
        ("raw NUL", "\"a\u{0}b\""),
        ("unknown escape", r#""a\xb""#),
        ("lone high surrogate", r#""\ud800""#),
        ("lone low surrogate", r#""\udc00""#),
        ("reversed surrogates", r#""\ude00\ud83d""#),
        ("short unicode escape", r#""\u12""#),
        ("unterminated", "\"abc"),
        ("single quotes", "'abc'"),
    ]
}
