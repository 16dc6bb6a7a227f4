//! Jekyll's own behaviour scenarios (`../shared/conformance`, from Jekyll's cucumber
//! features) run against the `hyde` binary. Failures must be exactly the reviewed ones in
//! `fixtures/conformance-known-failures.txt` (`scenario-id — reason`): an unlisted
//! failure, or a listed scenario that passes, fails the test. Without `../shared` the
//! test fails when `CI` is set and is skipped otherwise.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

#[test]
fn jekyll_conformance_scenarios_pass_except_the_reviewed_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let runner = root.join("../shared/conformance/run.py");
    if !runner.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing and CI is set",
            runner.display()
        );
        eprintln!("skipped: {} is missing", runner.display());
        return;
    }
    let known: BTreeMap<String, String> =
        std::fs::read_to_string(root.join("fixtures/conformance-known-failures.txt"))
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (id, reason) = l.split_once(" — ").unwrap_or((l, ""));
                (id.trim().to_string(), reason.trim().to_string())
            })
            .collect();
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("report.json");
    let out = Command::new("python3")
        .arg(&runner)
        .arg("--impl")
        .arg(env!("CARGO_BIN_EXE_hyde"))
        .arg("--json-report")
        .arg(&report)
        .output()
        .unwrap();
    let data: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report).unwrap_or_else(|e| {
            panic!(
                "no report from run.py ({e}):\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        }))
        .unwrap();
    let failed: BTreeMap<String, String> = data["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "fail")
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["reason"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let unexpected: Vec<String> = failed
        .iter()
        .filter(|(id, _)| !known.contains_key(*id))
        .map(|(id, reason)| format!("{id}: {reason}"))
        .collect();
    let failed_ids: BTreeSet<&String> = failed.keys().collect();
    let stale: Vec<&String> = known.keys().filter(|id| !failed_ids.contains(id)).collect();
    let s = &data["summary"];
    println!(
        "conformance: {} passed, {} failed ({} known), {} skipped",
        s["passed"],
        s["failed"],
        known.len(),
        s["skipped"]
    );
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "unexpected failures:\n{}\nlisted as known but passing now: {stale:?}",
        unexpected.join("\n")
    );
}
