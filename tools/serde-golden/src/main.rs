//! Writes the wire golden corpus (see README.md): `serde-golden [OUT_DIR]`, by default `corpus`.

// The naming tables use identifiers rustc would rather not see.
#![allow(mixed_script_confusables, confusable_idents, uncommon_codepoints)]

mod core_values;
mod corpus;
mod imp_core;
mod imp_llm;
mod llm_values;
mod mutations;
mod naming;
mod representations;
mod strings;
mod value;
mod verification_values;

use std::path::PathBuf;

fn main() {
    let out = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("corpus"));
    let mut c = corpus::Corpus::default();
    core_values::add(&mut c);
    llm_values::add(&mut c);
    value::add(&mut c);
    naming::add(&mut c);
    representations::add(&mut c);
    let sizes = c.write(&out).expect("the corpus is written");
    let (mut accepted, mut refused) = (0, 0);
    for (suite, a, r) in sizes {
        println!("{suite:>16}: {a:>5} accepted, {r:>5} refused");
        accepted += a;
        refused += r;
    }
    println!("{:>16}: {accepted:>5} accepted, {refused:>5} refused", "total");
}
