//! Each serde enum representation, with unit, struct and newtype variants where serde allows
//! them, per-variant and per-field renames, and a struct with `Option` and default fields.
#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::corpus::Corpus;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Inner {
    pub x: u32,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Internal {
    Unit,
    Struct { a: u32, b: Option<String> },
    Newtype(Inner),
    #[serde(rename = "renamed-variant")]
    Renamed {
        #[serde(rename = "Field")]
        field: u32,
    },
    #[serde(rename_all = "camelCase")]
    FieldRule { some_field: u32, other_field: Vec<String> },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "t", content = "c")]
pub enum Adjacent {
    Unit,
    Struct { a: u32, b: String },
    Newtype(u32),
    NewtypeString(String),
    NewtypeStruct(Inner),
    #[serde(rename = "renamed")]
    Renamed { a: u32 },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum External {
    Unit,
    Struct { a: u32, b: String },
    Newtype(u32),
    NewtypeString(String),
    NewtypeStruct(Inner),
    #[serde(rename = "renamed")]
    Renamed { a: u32 },
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Untagged {
    Struct { a: u32, b: String },
    NewtypeStruct(Inner),
    Number(u32),
    Text(String),
    Unit,
}

/// Field rules: `Option` (absent reads as None, written as null), `#[serde(default)]` on a
/// field, a renamed field, and `skip_serializing_if`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fields {
    pub required: String,
    pub optional: Option<u32>,
    #[serde(default)]
    pub defaulted: u64,
    #[serde(default)]
    pub defaulted_list: Vec<String>,
    #[serde(rename = "wireName")]
    pub renamed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped_when_none: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped_when_empty: Vec<u32>,
}

pub fn add(c: &mut Corpus) {
    c.suite("representations");
    let inner = Inner { x: 7, label: "seven".into() };
    c.value("golden::Inner", "sample", &inner);
    c.mutate("golden::Inner", "sample", &inner);

    let internal = [
        ("unit", Internal::Unit),
        ("struct", Internal::Struct { a: 1, b: Some("b".into()) }),
        ("struct, none", Internal::Struct { a: 0, b: None }),
        ("newtype", Internal::Newtype(inner.clone())),
        ("renamed", Internal::Renamed { field: 3 }),
        ("field rule", Internal::FieldRule { some_field: 4, other_field: vec!["x".into()] }),
    ];
    let adjacent = [
        ("unit", Adjacent::Unit),
        ("struct", Adjacent::Struct { a: 1, b: "b".into() }),
        ("newtype", Adjacent::Newtype(5)),
        ("newtype string", Adjacent::NewtypeString("s".into())),
        ("newtype struct", Adjacent::NewtypeStruct(inner.clone())),
        ("renamed", Adjacent::Renamed { a: 2 }),
    ];
    let external = [
        ("unit", External::Unit),
        ("struct", External::Struct { a: 1, b: "b".into() }),
        ("newtype", External::Newtype(5)),
        ("newtype string", External::NewtypeString("s".into())),
        ("newtype struct", External::NewtypeStruct(inner.clone())),
        ("renamed", External::Renamed { a: 2 }),
    ];
    let untagged = [
        ("struct", Untagged::Struct { a: 1, b: "b".into() }),
        ("newtype struct", Untagged::NewtypeStruct(inner.clone())),
        ("number", Untagged::Number(5)),
        ("text", Untagged::Text("s".into())),
        ("unit", Untagged::Unit),
    ];
    macro_rules! each {
        ($key:literal, $values:expr) => {
            for (case, v) in &$values {
                c.value($key, case, v);
                c.mutate($key, case, v);
            }
        };
    }
    each!("golden::Internal", internal);
    each!("golden::Adjacent", adjacent);
    each!("golden::External", external);
    each!("golden::Untagged", untagged);

    for (case, input) in [
        ("content before tag", r#"{"c":5,"t":"Newtype"}"#),
        ("unit with null content", r#"{"t":"Unit","c":null}"#),
        ("unit with content", r#"{"t":"Unit","c":1}"#),
        ("tag only for newtype", r#"{"t":"Newtype"}"#),
        ("tag twice", r#"{"t":"Unit","t":"Unit"}"#),
        ("content twice", r#"{"t":"Newtype","c":1,"c":2}"#),
        ("unknown key", r#"{"t":"Newtype","c":1,"x":0}"#),
    ] {
        c.probe::<Adjacent>("golden::Adjacent", case, input);
    }
    for (case, input) in [
        ("unit as an object", r#"{"Unit":null}"#),
        ("newtype as a string", r#""Newtype""#),
        ("two variants", r#"{"Newtype":1,"Unit":null}"#),
        ("empty object", "{}"),
    ] {
        c.probe::<External>("golden::External", case, input);
    }
    for (case, input) in [
        ("first that reads wins", r#"{"a":1,"b":"x","x":2,"label":"y"}"#),
        ("negative number", "-1"),
        ("float", "1.5"),
        ("bool", "true"),
        ("partial struct", r#"{"a":1}"#),
        ("array", "[1]"),
    ] {
        c.probe::<Untagged>("golden::Untagged", case, input);
    }
    for (case, input) in [
        ("tag missing", r#"{"a":1,"b":null}"#),
        ("newtype tag last", r#"{"x":1,"label":"l","kind":"newtype"}"#),
        ("tag twice", r#"{"kind":"unit","kind":"unit"}"#),
        ("tag as PascalCase", r#"{"kind":"Unit"}"#),
        ("camelCase field as written", r#"{"kind":"field_rule","some_field":1,"other_field":[]}"#),
    ] {
        c.probe::<Internal>("golden::Internal", case, input);
    }

    let fields = Fields {
        required: "r".into(),
        optional: Some(1),
        defaulted: 2,
        defaulted_list: vec!["d".into()],
        renamed: true,
        skipped_when_none: Some("s".into()),
        skipped_when_empty: vec![1],
    };
    c.value("golden::Fields", "every field set", &fields);
    c.value("golden::Fields", "skipped fields left out", &Fields { skipped_when_none: None, skipped_when_empty: vec![], optional: None, ..fields.clone() });
    c.mutate("golden::Fields", "every field set", &fields);
    c.probe::<Fields>("golden::Fields", "only the required", &json!({"required": "r", "wireName": false}).to_string());
}
