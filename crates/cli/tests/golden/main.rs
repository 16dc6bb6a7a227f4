//! Golden tests: every `fixtures/NAME/case.toml` names a Jekyll site and the
//! tree real Jekyll 4.3.1 wrote for it (`fixtures/NAME/expected/`). `hyde
//! build` must write the same files, byte for byte.
//!
//! One `#[test]` runs every fixture and reports `N passed, M failed` with a
//! diff per failing fixture, so one failure never hides another.
//!
//! * `HYDE_BLESS=1` first regenerates every `expected/` with real Jekyll
//!   (`fixtures/bless.sh`, which calls `/work/shared/tools/jekyll-ref`).
//! * `HYDE_FIXTURES=a,b` runs only the named fixtures.
//! * `fixtures/known-failures.txt` lists fixtures expected to fail while hyde
//!   is under construction (`name — reason`); a listed fixture that passes
//!   fails the run, so the list only ever shrinks.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used
)]

mod case;
mod compare;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use case::Case;

/// The workspace's `fixtures/` directory.
fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

#[test]
fn hyde_builds_every_fixture_like_jekyll() {
    let fixtures = fixtures_dir();
    let only = std::env::var("HYDE_FIXTURES").ok();
    let only: Option<Vec<&str>> = only
        .as_deref()
        .map(|s| s.split(',').map(str::trim).collect());
    let cases: Vec<Case> = Case::discover(&fixtures)
        .into_iter()
        .filter(|c| {
            only.as_ref()
                .is_none_or(|names| names.contains(&c.name.as_str()))
        })
        .collect();
    assert!(
        !cases.is_empty(),
        "no fixtures/*/case.toml found under {}",
        fixtures.display()
    );

    if std::env::var_os("HYDE_BLESS").is_some_and(|v| v != "0") {
        bless(&fixtures, &cases);
    }

    let known = case::known_failures(&fixtures.join("known-failures.txt"));
    if only.is_none() {
        let stale: Vec<&String> = known
            .keys()
            .filter(|name| !cases.iter().any(|c| &c.name == *name))
            .collect();
        assert!(
            stale.is_empty(),
            "fixtures/known-failures.txt names no such fixture: {stale:?}"
        );
    }
    let mut passed = Vec::new();
    let mut failed = Vec::new();
    let mut known_failed = Vec::new();
    let mut unexpectedly_passed = Vec::new();
    for case in &cases {
        let outcome = run(case);
        let is_known = known.contains_key(&case.name);
        match (outcome, is_known) {
            (Ok(()), false) => passed.push(case.name.clone()),
            (Ok(()), true) => unexpectedly_passed.push(case.name.clone()),
            (Err(report), false) => {
                eprintln!("\n==== FAIL {} ====\n{report}", case.name);
                failed.push(case.name.clone());
            }
            (Err(_), true) => known_failed.push(case.name.clone()),
        }
    }

    eprintln!(
        "\ngolden: {} passed, {} failed, {} known failures (fixtures/known-failures.txt)",
        passed.len() + unexpectedly_passed.len(),
        failed.len(),
        known_failed.len(),
    );
    if !failed.is_empty() {
        eprintln!("failed: {}", failed.join(", "));
    }
    if !unexpectedly_passed.is_empty() {
        eprintln!(
            "now passing, remove from fixtures/known-failures.txt: {}",
            unexpectedly_passed.join(", ")
        );
    }
    assert!(
        failed.is_empty() && unexpectedly_passed.is_empty(),
        "{} fixture(s) failed, {} listed as known failures now pass",
        failed.len(),
        unexpectedly_passed.len()
    );
}

/// Regenerates `expected/` for `cases` with real Jekyll.
fn bless(fixtures: &Path, cases: &[Case]) {
    let status = Command::new(fixtures.join("bless.sh"))
        .args(cases.iter().map(|c| &c.name))
        .status()
        .expect("cannot run fixtures/bless.sh");
    assert!(status.success(), "fixtures/bless.sh failed: {status}");
}

/// How long one `hyde build` may take before it counts as hung.
const BUILD_TIMEOUT: Duration = Duration::from_secs(300);

/// Builds one fixture with hyde into a temporary directory and compares the
/// result with `expected/`; `Err` holds a readable report.
fn run(case: &Case) -> Result<(), String> {
    let tmp = tempfile::tempdir().expect("cannot create a temporary directory");
    let dest = tmp.path().join("_site");
    let stdout_path = tmp.path().join("stdout");
    let stderr_path = tmp.path().join("stderr");
    // Jekyll keeps a cache in the source directory; don't leave hyde's behind.
    let leftovers: Vec<PathBuf> = [".jekyll-cache", ".jekyll-metadata"]
        .iter()
        .map(|name| case.site.join(name))
        .filter(|path| !path.exists())
        .collect();
    case.pin_mtimes();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hyde"));
    cmd.arg("build")
        .arg("--source")
        .arg(&case.site)
        .arg("--destination")
        .arg(&dest)
        .args(&case.args)
        .current_dir(&case.site)
        // As jekyll-ref: UTC, C.UTF-8, development unless the case says otherwise.
        .env("TZ", "UTC")
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("JEKYLL_ENV")
        // jekyll-ref never hands a site's Gemfile to Bundler.
        .env("JEKYLL_NO_BUNDLER_REQUIRE", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .envs(&case.env)
        .stdin(Stdio::null())
        .stdout(File::create(&stdout_path).expect("cannot create a temporary file"))
        .stderr(File::create(&stderr_path).expect("cannot create a temporary file"));
    if let Some(epoch) = case.source_date_epoch {
        cmd.env("SOURCE_DATE_EPOCH", epoch.to_string());
    }
    // As jekyll-ref: a gem installed in the site (`gems/specifications`) is on GEM_PATH.
    if case.site.join("gems/specifications").is_dir() {
        let mut paths = vec![case.site.join("gems")];
        if let Some(existing) = std::env::var_os("GEM_PATH") {
            paths.extend(std::env::split_paths(&existing));
        }
        if let Ok(joined) = std::env::join_paths(paths) {
            cmd.env("GEM_PATH", joined);
        }
    }
    let status = wait(cmd);
    for path in leftovers {
        let _ = fs::remove_dir_all(&path).or_else(|_| fs::remove_file(&path));
    }
    let log = || {
        format!(
            "--- stdout\n{}--- stderr\n{}",
            String::from_utf8_lossy(&fs::read(&stdout_path).unwrap_or_default()),
            String::from_utf8_lossy(&fs::read(&stderr_path).unwrap_or_default()),
        )
    };
    match status {
        Err(why) => return Err(format!("`{}` {why}\n{}", case.command_line(), log())),
        Ok(status) if !status.success() => {
            return Err(format!(
                "`{}` exited with {status}\n{}",
                case.command_line(),
                log()
            ));
        }
        Ok(_) => {}
    }
    compare::trees(&case.expected, &dest)
        .map_err(|diff| format!("`{}` wrote a different site:\n{diff}", case.command_line()))
}

/// Runs `cmd` to completion, killing it after `BUILD_TIMEOUT`.
fn wait(mut cmd: Command) -> Result<ExitStatus, String> {
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("could not be started: {e}"))?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if started.elapsed() > BUILD_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("was killed after {}s", BUILD_TIMEOUT.as_secs()));
            }
            Ok(None) => thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("could not be waited for: {e}")),
        }
    }
}
