//! Each serde rename rule, over a table of hard identifiers, for enum variants (converted from
//! PascalCase) and struct fields (converted from snake_case). serde_derive changes only ASCII
//! letters; it inserts snake_case's underscore before any char Unicode calls uppercase.
//! camelCase panics in serde_derive on a name that starts with a non-ASCII letter (it slices the
//! first byte), so those identifiers are left out of the camelCase types.
#![allow(non_camel_case_types, non_snake_case)]

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;

macro_rules! variants {
    ($name:ident, $key:literal, $(#[$rule:meta])? [$($v:ident),* $(,)?]) => {
        #[derive(Debug, Clone, Copy, Serialize, Deserialize)]
        $(#[$rule])?
        pub enum $name { $($v),* }

        impl $name {
            fn add(c: &mut Corpus) {
                $(
                    c.value($key, stringify!($v), &$name::$v);
                    c.probe::<$name>($key, concat!(stringify!($v), ", as written"), concat!("\"", stringify!($v), "\""));
                )*
                c.mutate($key, "first", &[$($name::$v),*][0]);
            }
        }
    };
}

macro_rules! fields {
    ($name:ident, $key:literal, $(#[$rule:meta])? [$($f:ident),* $(,)?]) => {
        #[derive(Debug, Clone, Serialize, Deserialize)]
        $(#[$rule])?
        pub struct $name { $(pub $f: u32),* }

        impl $name {
            fn add(c: &mut Corpus) {
                let mut n = 0u32;
                let value = $name { $($f: { n += 1; n }),* };
                c.value($key, "every field", &value);
                let written: Vec<String> = vec![$(format!("\"{}\":1", stringify!($f).trim_start_matches("r#"))),*];
                c.probe::<$name>($key, "fields as written", &format!("{{{}}}", written.join(",")));
            }
        }
    };
}

macro_rules! rule_types {
    ($v:ident, $f:ident, $vkey:literal, $fkey:literal $(, $rule:literal)?) => {
        variants!($v, $vkey, $(#[serde(rename_all = $rule)])? [
            IOError, HTTP2Error, ABC, A1B, _x, Ünïcode, Outcome, VeryTasty, A, X_Y, Trailing_, already_snake,
            HTTPServer, B2B, RomanⅫ, ǅungla, NaïveÉclair, ΩMega,
        ]);
        fields!($f, $fkey, $(#[serde(rename_all = $rule)])? [
            io_error, http2_error, abc, a1b, _x, ünïcode, y, a_b_c, r#type, already_Mixed, naïve_été, trailing_,
            x9_9x, __double,
        ]);
    };
}

rule_types!(VariantsNone, FieldsNone, "golden::VariantsNone", "golden::FieldsNone");
rule_types!(VariantsLowercase, FieldsLowercase, "golden::VariantsLowercase", "golden::FieldsLowercase", "lowercase");
rule_types!(VariantsUppercase, FieldsUppercase, "golden::VariantsUppercase", "golden::FieldsUppercase", "UPPERCASE");
rule_types!(VariantsPascalCase, FieldsPascalCase, "golden::VariantsPascalCase", "golden::FieldsPascalCase", "PascalCase");
rule_types!(VariantsSnakeCase, FieldsSnakeCase, "golden::VariantsSnakeCase", "golden::FieldsSnakeCase", "snake_case");
rule_types!(VariantsScreamingSnakeCase, FieldsScreamingSnakeCase, "golden::VariantsScreamingSnakeCase", "golden::FieldsScreamingSnakeCase", "SCREAMING_SNAKE_CASE");
rule_types!(VariantsKebabCase, FieldsKebabCase, "golden::VariantsKebabCase", "golden::FieldsKebabCase", "kebab-case");
rule_types!(VariantsScreamingKebabCase, FieldsScreamingKebabCase, "golden::VariantsScreamingKebabCase", "golden::FieldsScreamingKebabCase", "SCREAMING-KEBAB-CASE");

// camelCase: the same tables without the identifiers serde_derive cannot convert.
variants!(VariantsCamelCase, "golden::VariantsCamelCase", #[serde(rename_all = "camelCase")] [
    IOError, HTTP2Error, ABC, A1B, _x, Outcome, VeryTasty, A, X_Y, Trailing_, already_snake,
    HTTPServer, B2B, RomanⅫ, NaïveÉclair,
]);
fields!(FieldsCamelCase, "golden::FieldsCamelCase", #[serde(rename_all = "camelCase")] [
    io_error, http2_error, abc, a1b, _x, y, a_b_c, r#type, already_Mixed, naïve_été, trailing_, x9_9x,
]);

pub fn add(c: &mut Corpus) {
    c.suite("naming");
    VariantsNone::add(c);
    VariantsLowercase::add(c);
    VariantsUppercase::add(c);
    VariantsPascalCase::add(c);
    VariantsCamelCase::add(c);
    VariantsSnakeCase::add(c);
    VariantsScreamingSnakeCase::add(c);
    VariantsKebabCase::add(c);
    VariantsScreamingKebabCase::add(c);
    FieldsNone::add(c);
    FieldsLowercase::add(c);
    FieldsUppercase::add(c);
    FieldsPascalCase::add(c);
    FieldsCamelCase::add(c);
    FieldsSnakeCase::add(c);
    FieldsScreamingSnakeCase::add(c);
    FieldsKebabCase::add(c);
    FieldsScreamingKebabCase::add(c);
}
