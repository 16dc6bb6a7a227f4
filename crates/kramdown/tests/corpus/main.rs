//! The kramdown corpus: every `fixtures/kramdown/NAME.md` converted with the
//! default options must give `NAME.html` (made by the real Jekyll 4.3.1, see
//! `fixtures/kramdown/README.md`) byte for byte.
//!
//! Cases listed in `fixtures/kramdown/known-failures.txt` may fail; any other
//! failure fails the test.  `KRAMDOWN_CASE=substring` runs only matching cases;
//! `KRAMDOWN_FIXTURES=dir` reads the cases from another directory.

#![allow(clippy::print_stderr, clippy::print_stdout)]

#[path = "../common/diff.rs"]
mod diff;
mod options;
mod robustness;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use diff::diff;

/// The case directory: `fixtures/kramdown`, or `$KRAMDOWN_FIXTURES` (for trying another corpus).
fn fixtures() -> PathBuf {
    match std::env::var_os("KRAMDOWN_FIXTURES") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/kramdown"),
    }
}

/// `name — reason` lines; `#` comments and blank lines are skipped.
fn known_failures(dir: &Path) -> BTreeMap<String, String> {
    let text = fs::read_to_string(dir.join("known-failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" — ") {
            Some((name, reason)) => (name.trim().to_owned(), reason.trim().to_owned()),
            None => (l.to_owned(), String::new()),
        })
        .collect()
}

#[test]
fn corpus_matches_jekyll() {
    let dir = fixtures();
    let known = known_failures(&dir);
    let filter = std::env::var("KRAMDOWN_CASE").ok();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".md"))
                        .map(str::to_owned)
                })
                .filter(|n| n != "README")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    assert!(!names.is_empty(), "no cases in {}", dir.display());
    let options = hyde_kramdown::Options::default();
    let (mut passed, mut failed) = (0, 0);
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for name in &names {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let md = fs::read_to_string(dir.join(format!("{name}.md"))).unwrap_or_default();
        let Ok(expected) = fs::read_to_string(dir.join(format!("{name}.html"))) else {
            eprintln!("{name}: no .html (run crates/kramdown/tests/corpus/make.py)");
            failed += 1;
            unexpected.push(name.clone());
            continue;
        };
        let actual = hyde_kramdown::to_html(&md, &options);
        if actual == expected {
            passed += 1;
            if known.contains_key(name) {
                fixed.push(name.clone());
            }
        } else {
            failed += 1;
            if !known.contains_key(name) || filter.is_some() {
                eprintln!(
                    "--- {name} (- Jekyll, + hyde)\n{}",
                    diff(&expected, &actual)
                );
            }
            if !known.contains_key(name) {
                unexpected.push(name.clone());
            }
        }
    }
    for name in &fixed {
        eprintln!("{name} passes now: take it off known-failures.txt");
    }
    println!("kramdown corpus: {passed} passed, {failed} failed");
    assert!(
        unexpected.is_empty(),
        "unexpected failures: {}",
        unexpected.join(", ")
    );
}
