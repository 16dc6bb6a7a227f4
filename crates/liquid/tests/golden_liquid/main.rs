//! Golden Liquid (jg-rp/golden-liquid) in plain-Liquid mode, compared with
//! what Ruby Liquid 5.4 (the engine under Jekyll 4.3.1) renders for each case,
//! and counted against Golden Liquid's own expectations (`result`, `results`,
//! `invalid`), which Ruby Liquid does not meet everywhere either.
//!
//! The suite lives in `../shared/golden-liquid` next to the repository. The
//! test fails on any case that differs from Ruby and is not listed, with a
//! reason, in `known_failures.txt`. Without the suite it is skipped, unless
//! `CI` is set, where a missing suite is a failure.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::print_stderr)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use hyde_liquid::{Engine, ErrorMode, Flavor, Hash, NoSite, Options, Value};
use serde_json::Value as Json;

fn suite_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/golden-liquid")
}

fn to_value(j: &Json) -> Value {
    match j {
        Json::Null => Value::Nil,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::str(s),
        Json::Array(a) => Value::array(a.iter().map(to_value).collect()),
        Json::Object(o) => Value::hash(o.iter().map(|(k, v)| (k.clone(), to_value(v))).collect()),
    }
}

/// What Ruby did: the output, or `None` when it raised.
fn expected(record: &Json) -> Option<String> {
    record
        .get("output")
        .and_then(Json::as_str)
        .map(str::to_owned)
}

fn run_case(case: &Json) -> Result<String, String> {
    let tags: Vec<&str> = case
        .get("tags")
        .and_then(Json::as_array)
        .map(|t| t.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default();
    let mut options = Options::default();
    options.flavor = Flavor::Liquid;
    options.timezone = Some(chrono_tz::UTC);
    if tags.contains(&"strict") {
        options.error_mode = ErrorMode::Strict;
    }
    let partials: HashMap<String, String> = case
        .get("templates")
        .and_then(Json::as_object)
        .map(|t| {
            t.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let engine = Engine::builder(options, Arc::new(NoSite))
        .partials(Arc::new(partials))
        .build();
    let template = case.get("template").and_then(Json::as_str).unwrap_or("");
    let globals: Hash = match case.get("data").map(to_value) {
        Some(Value::Hash(h)) => (*h).clone(),
        _ => Hash::new(),
    };
    let parsed = engine
        .parse(template, "golden", 1)
        .map_err(|e| e.to_string())?;
    engine.render(&parsed, &globals).map_err(|e| e.to_string())
}

fn known_failures() -> HashMap<String, String> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden_liquid/known_failures.txt"),
    )
    .unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(name, reason)| (name.to_owned(), reason.to_owned()))
        .collect()
}

/// Whether `got` is what Golden Liquid itself expects.
fn meets_suite(case: &Json, got: &Result<String, String>) -> bool {
    if case.get("invalid").and_then(Json::as_bool) == Some(true) {
        return got.is_err();
    }
    let Ok(out) = got else {
        return false;
    };
    if let Some(r) = case.get("result").and_then(Json::as_str) {
        return r == out;
    }
    case.get("results")
        .and_then(Json::as_array)
        .is_some_and(|rs| rs.iter().any(|r| r.as_str() == Some(out.as_str())))
}

/// Cases using Liquid 5 additions Jekyll 4.3 (Liquid 4) does not have.
fn needs_liquid5(case: &Json) -> bool {
    // The Liquid 5 additions (the README's 857-case "Liquid 4" subset).
    let liquid5 = [
        "render tag",
        "echo tag",
        "liquid tag",
        "# tag",
        "doc tag",
        "strict2",
        "sum filter",
        "has filter",
        "reject filter",
        "find filter",
        "find_index filter",
        "base64_decode filter",
        "base64_encode filter",
        "base64_url_safe_decode filter",
        "base64_url_safe_encode filter",
        "remove_last filter",
        "replace_last filter",
    ];
    case.get("tags").and_then(Json::as_array).is_some_and(|t| {
        t.iter()
            .filter_map(Json::as_str)
            .any(|t| liquid5.contains(&t))
    })
}

#[test]
fn golden_liquid_matches_ruby_liquid() {
    let dir = suite_dir();
    let Ok(suite) = std::fs::read_to_string(dir.join("golden_liquid.json")) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Golden Liquid suite missing at {}",
            dir.display()
        );
        eprintln!(
            "golden-liquid: suite not found at {}, skipped",
            dir.display()
        );
        return;
    };
    let record = std::fs::read_to_string(dir.join("ruby-liquid-5.4.json")).unwrap_or_default();
    let suite: Json = serde_json::from_str(&suite).expect("golden_liquid.json parses");
    let record: Json = serde_json::from_str(&record).expect("ruby-liquid-5.4.json parses");
    let cases = suite["tests"].as_array().expect("tests");
    let records = record["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), records.len());
    let known = known_failures();
    let (mut passed, mut failed, mut passed4, mut total4) = (0, 0, 0, 0);
    let (mut suite_all, mut suite4) = (0, 0);
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let only = std::env::var("GOLDEN_ONLY").ok();
    for (case, rec) in cases.iter().zip(records) {
        let name = case["name"].as_str().unwrap_or("");
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let got =
            std::panic::catch_unwind(|| run_case(case)).unwrap_or_else(|_| Err("panic".into()));
        let ok = match (expected(rec), &got) {
            (Some(want), Ok(have)) => want == *have,
            (None, Err(_)) => true,
            _ => false,
        };
        let liquid4 = !needs_liquid5(case);
        total4 += usize::from(liquid4);
        if meets_suite(case, &got) {
            suite_all += 1;
            suite4 += usize::from(liquid4);
        }
        if ok {
            passed += 1;
            passed4 += usize::from(liquid4);
            if known.contains_key(name) {
                fixed.push(name.to_owned());
            }
        } else {
            failed += 1;
            if !known.contains_key(name) {
                unexpected.push(format!(
                    "{name}\n    template: {:?}\n    ruby:     {:?}\n    hyde:     {:?}",
                    case["template"].as_str().unwrap_or(""),
                    rec.get("output").or(rec.get("error")),
                    got
                ));
            }
        }
    }
    let total = passed + failed;
    eprintln!(
        "golden-liquid: as Ruby Liquid 5.4 renders: {passed} of {total} ({failed} differ; {passed4} of {total4} Liquid 4 cases)"
    );
    eprintln!(
        "golden-liquid: as Golden Liquid expects: {suite4} of {total4} Liquid 4 cases, {suite_all} of {total} in all"
    );
    if !fixed.is_empty() {
        eprintln!(
            "golden-liquid: listed as known failures but passing now:\n  {}",
            fixed.join("\n  ")
        );
    }
    assert!(
        unexpected.is_empty(),
        "{} unexpected failures:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}
