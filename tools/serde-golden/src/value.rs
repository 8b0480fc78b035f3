//! serde_json's `Value` built with `preserve_order` (imp-core's tool-call arguments): keys keep
//! their order, a repeated key keeps its first place and its last value, numbers are written in
//! serde_json's canonical form (integers as integers, floats by ryu's shortest round trip).

use serde_json::Value;

use crate::corpus::Corpus;
use crate::strings;

const TY: &str = "serde_json::Value";

pub fn add(c: &mut Corpus) {
    c.suite("value");
    for (case, input) in [
        ("zero", "0"),
        ("negative zero", "-0"),
        ("negative zero float", "-0.0"),
        ("float zero", "0.0"),
        ("one point zero", "1.0"),
        ("trailing zeros", "1.500"),
        ("exponent", "1e2"),
        ("upper-case exponent", "1E2"),
        ("positive exponent sign", "1e+2"),
        ("negative exponent", "1e-2"),
        ("fraction and exponent", "1.25e3"),
        ("large exponent", "1e21"),
        ("just below 1e16", "9999999999999998"),
        ("1e16 as float", "1e16"),
        ("small float", "0.000001"),
        ("smaller float", "0.0000001"),
        ("i64 max", "9223372036854775807"),
        ("i64 min", "-9223372036854775808"),
        ("below i64 min", "-9223372036854775809"),
        ("u64 max", "18446744073709551615"),
        ("above u64 max", "18446744073709551616"),
        ("huge integer", "123456789012345678901234567890"),
        ("many digits", "3.141592653589793238462643383279"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("f64 max", "1.7976931348623157e308"),
        ("smallest subnormal", "5e-324"),
        ("underflow to zero", "1e-400"),
        ("overflow", "1e400"),
        ("overflow negative", "-1e400"),
        ("just over f64 max", "1.8e308"),
        ("leading zero", "01"),
        ("plus sign", "+1"),
        ("bare dot", ".5"),
        ("trailing dot", "1."),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("hex", "0x10"),
    ] {
        c.probe::<Value>(TY, &format!("number {case}"), input);
    }
    for (case, input) in [
        ("key order kept", r#"{"b":1,"a":2,"c":{"z":0,"y":1}}"#),
        ("repeated key", r#"{"a":1,"b":2,"a":3}"#),
        ("repeated key, nested", r#"{"o":{"k":1,"k":{"x":1}},"o":{"k":2}}"#),
        ("empty key", r#"{"":1}"#),
        ("escaped key", r#"{"\u0061":1,"a":2}"#),
        ("whitespace", " { \"a\" : [ 1 , 2 ] } "),
        ("nested arrays", "[[],[[]],[{}],[null,true,false]]"),
        ("deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
        ("too deep", &format!("{}{}", "[".repeat(129), "]".repeat(129))),
        ("just deep enough", &format!("{}{}", "[".repeat(128), "]".repeat(128))),
        ("trailing comma in object", r#"{"a":1,}"#),
        ("trailing comma in array", "[1,]"),
        ("single-quoted key", "{'a':1}"),
        ("bare key", "{a:1}"),
        ("true", "true"),
        ("null", "null"),
        ("capitalised True", "True"),
    ] {
        c.probe::<Value>(TY, case, input);
    }
    for (case, text) in strings::tricky() {
        c.value(TY, &format!("string {case}"), &Value::String(text));
    }
    for (case, input) in strings::escaped_inputs().into_iter().chain(strings::refused_inputs()) {
        c.probe::<Value>(TY, &format!("string {case}"), input);
    }
}
