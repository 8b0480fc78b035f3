//! The corpus: accepted values (what serde writes, and what it writes back after reading an
//! input) and refused inputs (what serde_json will not read), grouped in suites, one JSON Lines
//! file per suite and kind.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;

#[derive(Default)]
pub struct Corpus {
    accepted: BTreeMap<String, Vec<String>>,
    refused: BTreeMap<String, Vec<String>>,
    seen: BTreeSet<(String, String)>,
    cases: BTreeSet<(String, String)>,
    suite: String,
}

impl Corpus {
    /// Entries added from now on go to this suite's files.
    pub fn suite(&mut self, name: &str) {
        self.suite = name.to_owned();
    }

    fn unique_case(&mut self, ty: &str, case: &str) {
        assert!(
            self.cases.insert((ty.to_owned(), case.to_owned())),
            "case {case:?} of {ty} is listed twice"
        );
    }

    /// A value as serde writes it; reading that text back must give the same text.
    pub fn value<T: Serialize + DeserializeOwned>(&mut self, ty: &str, case: &str, value: &T) {
        let text = serde_json::to_string(value).expect("serde writes every corpus value");
        let back: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{ty} {case}: {e}: {text}"));
        assert_eq!(serde_json::to_string(&back).unwrap(), text, "{ty} {case} does not round-trip");
        self.seen.insert((ty.to_owned(), text.clone()));
        self.unique_case(ty, case);
        let line = json!({"type": ty, "case": case, "json": text});
        self.accepted.entry(self.suite.clone()).or_default().push(line.to_string());
    }

    /// An input text: serde decides. Read, it is an accepted entry with what serde writes back;
    /// refused, a refusal with serde's message. Inputs seen before for the type are skipped.
    pub fn probe<T: Serialize + DeserializeOwned>(&mut self, ty: &str, case: &str, input: &str) -> bool {
        if !self.seen.insert((ty.to_owned(), input.to_owned())) {
            return false;
        }
        self.unique_case(ty, case);
        match serde_json::from_str::<T>(input) {
            Ok(value) => {
                let text = serde_json::to_string(&value).expect("serde writes what it read");
                let line = json!({"type": ty, "case": case, "input": input, "json": text});
                self.accepted.entry(self.suite.clone()).or_default().push(line.to_string());
            }
            Err(error) => {
                let line = json!({"type": ty, "case": case, "input": input, "error": error.to_string()});
                self.refused.entry(self.suite.clone()).or_default().push(line.to_string());
            }
        }
        true
    }

    /// Every mutation of a value's text (see `mutations`), each probed.
    pub fn mutate<T: Serialize + DeserializeOwned>(&mut self, ty: &str, case: &str, value: &T) {
        let text = serde_json::to_string(value).unwrap();
        for (what, input) in crate::mutations::of(&text) {
            self.probe::<T>(ty, &format!("{case}: {what}"), &input);
        }
    }

    pub fn write(&self, dir: &Path) -> std::io::Result<Vec<(String, usize, usize)>> {
        fs::create_dir_all(dir)?;
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.extension().map_or(false, |e| e == "jsonl") {
                fs::remove_file(path)?;
            }
        }
        let mut sizes = Vec::new();
        let suites: BTreeSet<&String> = self.accepted.keys().chain(self.refused.keys()).collect();
        for suite in suites {
            let accepted = self.accepted.get(suite).map_or(&[][..], |v| v.as_slice());
            let refused = self.refused.get(suite).map_or(&[][..], |v| v.as_slice());
            write_lines(&dir.join(format!("{suite}.accepted.jsonl")), accepted)?;
            write_lines(&dir.join(format!("{suite}.refused.jsonl")), refused)?;
            sizes.push((suite.clone(), accepted.len(), refused.len()));
        }
        Ok(sizes)
    }
}

fn write_lines(path: &Path, lines: &[String]) -> std::io::Result<()> {
    let mut text = String::new();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    fs::write(path, text)
}
