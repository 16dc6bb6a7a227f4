//! Long inputs: the start of a real file in each of several languages
//! (`fixtures/highlight-long/cases/LANG.txt`, sources in that folder's
//! README), in a ````LANG fenced block, against the page Jekyll 4.3.1 wrote
//! (`LANG.html`, made by `make_long.py`).  The short demos and snippets rarely
//! reach the states a whole file does.
//!
//! `fixtures/highlight-long/known-failures.txt` (`LANG — reason`) lists the
//! languages that still differ; a listed one that passes fails the test, so
//! the list only shrinks.  `HIGHLIGHT_LONG=LANG` runs one and shows its diff.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diff::diff;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/highlight-long")
}

fn known_failures() -> BTreeSet<String> {
    fs::read_to_string(dir().join("known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once(" — ").map_or(l, |(n, _)| n).trim().to_owned())
        .collect()
}

#[test]
fn long_inputs_match_jekyll() {
    let known = known_failures();
    let filter = std::env::var("HIGHLIGHT_LONG").ok();
    let mut langs: Vec<String> = fs::read_dir(dir().join("cases"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|f| {
            f.file_name()
                .to_string_lossy()
                .strip_suffix(".txt")
                .map(str::to_owned)
        })
        .collect();
    langs.sort();
    assert!(!langs.is_empty(), "no cases in {}", dir().display());
    let (mut passed, mut failed, mut unexpected, mut fixed) = (0, 0, Vec::new(), Vec::new());
    for lang in &langs {
        if filter.as_deref().is_some_and(|f| f != lang) {
            continue;
        }
        let cases = dir().join("cases");
        let code = fs::read_to_string(cases.join(format!("{lang}.txt"))).unwrap_or_default();
        let expected = fs::read_to_string(cases.join(format!("{lang}.html")))
            .unwrap_or_else(|_| format!("(no {lang}.html: run make_long.py)"));
        let actual = hyde_kramdown::to_html(
            &format!("````{lang}\n{code}````\n"),
            &hyde_kramdown::Options::default(),
        );
        if actual == expected {
            passed += 1;
            if known.contains(lang) {
                fixed.push(lang.clone());
            }
        } else {
            failed += 1;
            if !known.contains(lang) || filter.is_some() {
                eprintln!(
                    "--- {lang} (- Jekyll, + hyde)\n{}",
                    diff(&expected, &actual)
                );
            }
            if !known.contains(lang) {
                unexpected.push(lang.clone());
            }
        }
    }
    println!("long inputs: {passed} identical, {failed} differing");
    assert!(
        unexpected.is_empty(),
        "unexpected differences: {}",
        unexpected.join(", ")
    );
    assert!(
        fixed.is_empty() || filter.is_some(),
        "identical now, take off known-failures.txt: {}",
        fixed.join(", ")
    );
}
