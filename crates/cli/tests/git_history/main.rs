//! Sites whose output depends on their Git history (jekyll-last-modified-at reads
//! commit dates): `fixtures/NAME/history.sh REPO` makes the repository, with fixed
//! commit dates, and `fixtures/NAME/expected/` is what real Jekyll wrote in it (the
//! command is in the script). `hyde build` in the same repository must write the same
//! files. Skipped, saying so, where `git` cannot run.

#![allow(clippy::print_stderr, clippy::unwrap_used, clippy::expect_used)]

#[path = "../golden/compare.rs"]
mod compare;

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name)
}

/// Makes the fixture's repository in a temporary folder and builds its `site/` with
/// hyde as jekyll-ref built it; compares with `expected/`.
fn builds_like_jekyll_in_its_history(name: &str) {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("git_history: no git here, {name} skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    let status = Command::new("bash")
        .arg(fixture(name).join("history.sh"))
        .arg(&repo)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .status()
        .expect("cannot run history.sh");
    assert!(status.success(), "{name}/history.sh failed: {status}");
    let site = repo.join("site");
    let dest = dir.path().join("out");
    let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .arg("build")
        .arg("--source")
        .arg(&site)
        .arg("--destination")
        .arg(&dest)
        .current_dir(&site)
        .env("TZ", "UTC")
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env_remove("JEKYLL_ENV")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("cannot run hyde");
    assert!(
        out.status.success(),
        "hyde build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    if let Err(report) = compare::trees(&fixture(name).join("expected"), &dest) {
        panic!("{name}: hyde's output differs from Jekyll's:\n{report}");
    }
}

#[test]
fn last_modified_at_reads_commit_dates_and_falls_back_to_mtimes() {
    builds_like_jekyll_in_its_history("plugin-last-modified-at-git");
}
