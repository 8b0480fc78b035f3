//! Mutations of a JSON text: each field dropped, set to null, repeated, given a token of another
//! type or an out-of-range number; unknown fields, reversed order, nulls in lists. serde decides
//! which it reads, so the corpus records both what it accepts and what it refuses.

use serde_json::Value;

/// A JSON tree that can hold a repeated key (serde_json's `Value` cannot).
#[derive(Clone)]
enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
    Scalar(String),
}

impl Node {
    fn from(value: &Value) -> Node {
        match value {
            Value::Object(map) => Node::Object(map.iter().map(|(k, v)| (k.clone(), Node::from(v))).collect()),
            Value::Array(items) => Node::Array(items.iter().map(Node::from).collect()),
            other => Node::Scalar(serde_json::to_string(other).unwrap()),
        }
    }

    fn render(&self, out: &mut String) {
        match self {
            Node::Scalar(text) => out.push_str(text),
            Node::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.render(out);
                }
                out.push(']');
            }
            Node::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(key).unwrap());
                    out.push(':');
                    value.render(out);
                }
                out.push('}');
            }
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        self.render(&mut out);
        out
    }
}

const MAX_DEPTH: usize = 3;

const NUMBERS: &[&str] = &[
    "\"0\"", "true", "-1", "1.0", "1.5", "1e3", "1e400", "-0",
    "4294967295", "4294967296", "18446744073709551615", "18446744073709551616",
    "-2147483649", "-9223372036854775809",
];
const STRINGS: &[&str] = &["0", "true", "[]", "{}", "\"zz_unknown\""];
const BOOLS: &[&str] = &["0", "\"true\"", "[]"];
const ARRAYS: &[&str] = &["{}", "\"x\"", "0"];
const OBJECTS: &[&str] = &["[]", "\"x\"", "0"];
const NULLS: &[&str] = &["0", "\"x\"", "true", "[]", "{}"];

fn others(node: &Node) -> &'static [&'static str] {
    match node {
        Node::Object(_) => OBJECTS,
        Node::Array(_) => ARRAYS,
        Node::Scalar(t) if t == "null" => NULLS,
        Node::Scalar(t) if t == "true" || t == "false" => BOOLS,
        Node::Scalar(t) if t.starts_with('"') => STRINGS,
        Node::Scalar(_) => NUMBERS,
    }
}

/// Every mutation of `text`, as (what was done, the new text).
pub fn of(text: &str) -> Vec<(String, String)> {
    let value: Value = serde_json::from_str(text).expect("a mutated value is JSON");
    let root = Node::from(&value);
    let mut out = Vec::new();
    let mut top = |what: String, node: Node| out.push((what, node.text()));
    for token in others(&root) {
        top(format!("the whole value as {token}"), Node::Scalar((*token).to_owned()));
    }
    if let Node::Scalar(t) = &root {
        if t.starts_with('"') && t.len() > 2 {
            string_variants(t, &mut out);
        }
    }
    walk(&root, &mut Vec::new(), 0, &root, &mut out);
    out
}

/// Other spellings of a string value: serde's names are exact.
fn string_variants(quoted: &str, out: &mut Vec<(String, String)>) {
    let inner = &quoted[1..quoted.len() - 1];
    let upper = inner.to_uppercase();
    let mut chars = inner.chars();
    let first = chars.next().unwrap();
    let capitalised: String = first.to_uppercase().chain(chars).collect();
    let escaped = format!("\\u{:04x}{}", first as u32, &inner[first.len_utf8()..]);
    for (what, text) in [
        ("upper case", upper),
        ("first letter capitalised", capitalised),
        ("leading space", format!(" {inner}")),
        ("trailing space", format!("{inner} ")),
        ("first letter escaped", escaped),
        ("empty", String::new()),
    ] {
        out.push((format!("the string {what}"), format!("\"{text}\"")));
    }
}

#[derive(Clone)]
enum Step {
    Key(usize),
    Index(usize),
}

fn path_text(root: &Node, path: &[Step]) -> String {
    let mut out = String::new();
    let mut node = root;
    for step in path {
        match (step, node) {
            (Step::Key(i), Node::Object(entries)) => {
                out.push('.');
                out.push_str(&entries[*i].0);
                node = &entries[*i].1;
            }
            (Step::Index(i), Node::Array(items)) => {
                out.push_str(&format!("[{i}]"));
                node = &items[*i];
            }
            _ => unreachable!(),
        }
    }
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

/// The root with the node at `path` replaced by `edit`'s result.
fn edited(root: &Node, path: &[Step], edit: &dyn Fn(&Node) -> Node) -> Node {
    match path.split_first() {
        None => edit(root),
        Some((Step::Key(i), rest)) => match root {
            Node::Object(entries) => {
                let mut entries = entries.clone();
                entries[*i].1 = edited(&entries[*i].1, rest, edit);
                Node::Object(entries)
            }
            _ => unreachable!(),
        },
        Some((Step::Index(i), rest)) => match root {
            Node::Array(items) => {
                let mut items = items.clone();
                items[*i] = edited(&items[*i], rest, edit);
                Node::Array(items)
            }
            _ => unreachable!(),
        },
    }
}

fn walk(node: &Node, path: &mut Vec<Step>, depth: usize, root: &Node, out: &mut Vec<(String, String)>) {
    if depth > MAX_DEPTH {
        return;
    }
    let here = path_text(root, path);
    let mut emit = |what: String, edit: &dyn Fn(&Node) -> Node| out.push((what, edited(root, path, edit).text()));
    match node {
        Node::Object(entries) => {
            emit(format!("{here} empty"), &|_| Node::Object(Vec::new()));
            emit(format!("{here} with an unknown field"), &|n| match n {
                Node::Object(e) => {
                    let mut e = e.clone();
                    e.push(("zz_unknown".into(), Node::Scalar("[1,{\"a\":null}]".into())));
                    Node::Object(e)
                }
                _ => unreachable!(),
            });
            if entries.len() > 1 {
                emit(format!("{here} fields reversed"), &|n| match n {
                    Node::Object(e) => Node::Object(e.iter().rev().cloned().collect()),
                    _ => unreachable!(),
                });
            }
            for (i, (key, value)) in entries.iter().enumerate() {
                let at = if here == "." { format!(".{key}") } else { format!("{here}.{key}") };
                emit(format!("{at} missing"), &|n| match n {
                    Node::Object(e) => Node::Object(e.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, x)| x.clone()).collect()),
                    _ => unreachable!(),
                });
                emit(format!("{at} repeated"), &|n| match n {
                    Node::Object(e) => {
                        let mut e = e.clone();
                        e.push(e[i].clone());
                        Node::Object(e)
                    }
                    _ => unreachable!(),
                });
                if !matches!(value, Node::Scalar(t) if t == "null") {
                    emit(format!("{at} null"), &|n| set(n, i, "null"));
                }
                for token in others(value) {
                    emit(format!("{at} as {token}"), &|n| set(n, i, token));
                }
            }
            for i in 0..entries.len() {
                path.push(Step::Key(i));
                walk(&entries[i].1, path, depth + 1, root, out);
                path.pop();
            }
        }
        Node::Array(items) if !items.is_empty() => {
            emit(format!("{here} with null appended"), &|n| match n {
                Node::Array(a) => {
                    let mut a = a.clone();
                    a.push(Node::Scalar("null".into()));
                    Node::Array(a)
                }
                _ => unreachable!(),
            });
            if !matches!(&items[0], Node::Scalar(t) if t == "null") {
                emit(format!("{here}[0] null"), &|n| set_item(n, "null"));
            }
            for token in others(&items[0]) {
                emit(format!("{here}[0] as {token}"), &|n| set_item(n, token));
            }
            path.push(Step::Index(0));
            walk(&items[0], path, depth + 1, root, out);
            path.pop();
        }
        _ => {}
    }
}

fn set(node: &Node, i: usize, token: &str) -> Node {
    match node {
        Node::Object(entries) => {
            let mut entries = entries.clone();
            entries[i].1 = Node::Scalar(token.to_owned());
            Node::Object(entries)
        }
        _ => unreachable!(),
    }
}

fn set_item(node: &Node, token: &str) -> Node {
    match node {
        Node::Array(items) => {
            let mut items = items.clone();
            items[0] = Node::Scalar(token.to_owned());
            Node::Array(items)
        }
        _ => unreachable!(),
    }
}
