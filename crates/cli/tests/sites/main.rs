//! Real public Jekyll sites (`../shared/sites/NAME`: `site/`, `expected/` written by
//! Jekyll 4.3.1, `args`, `env`), each built by hyde on a copy as
//! `../shared/sites/README.md` says and compared with Jekyll's output file by file.
//!
//! Every file must exist and be byte-identical, except what
//! `fixtures/sites-known-differences.txt` lists with its reason, one rule a line:
//!
//! * `SITE GLOB — reason`: files matching GLOB may differ or be missing;
//! * `SITE GLOB without LINE-TEXT — reason`: files matching GLOB must be identical once
//!   the lines holding LINE-TEXT are left out of both (the proof that this is all that
//!   differs).
//!
//! A rule that no longer matches anything different fails the run, so the list only
//! shrinks. Without `../shared` the test fails when `CI` is set, and is skipped
//! otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn sites_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/sites");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "../shared/sites is missing and CI is set"
    );
    eprintln!("skipped: {} is missing", dir.display());
    None
}

/// Every file under `root`, by `/`-separated relative path.
fn files(root: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy();
                out.insert(rel.replace('\\', "/"), path);
            }
        }
    }
    out
}

/// Copies a tree (symlinks as symlinks; shared/ is read-only).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let kind = entry.file_type().unwrap();
        let target = to.join(entry.file_name());
        if kind.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path()).unwrap(), &target).unwrap();
        } else if kind.is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

struct Rule {
    site: String,
    glob: globset::GlobMatcher,
    without: Option<String>,
    text: String,
    used: bool,
}

fn rules() -> Vec<Rule> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/sites-known-differences.txt");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (rule, _reason) = l.split_once(" — ").expect("`SITE GLOB — reason`");
            let (site, rest) = rule.trim().split_once(' ').unwrap();
            let (glob, without) = match rest.split_once(" without ") {
                Some((g, w)) => (g.trim(), Some(w.trim().to_owned())),
                None => (rest.trim(), None),
            };
            Rule {
                site: site.to_owned(),
                glob: globset::Glob::new(glob).unwrap().compile_matcher(),
                without,
                text: l.to_owned(),
                used: false,
            }
        })
        .collect()
}

/// Whether `rel` of `site` is excused: missing/differing, or differing only by lines.
fn excused(rules: &mut [Rule], site: &str, rel: &str, expected: &Path, actual: &Path) -> bool {
    for rule in rules.iter_mut() {
        if rule.site != site || !rule.glob.is_match(rel) {
            continue;
        }
        match &rule.without {
            None => {
                rule.used = true;
                return true;
            }
            Some(text) => {
                let without = |path: &Path| -> Vec<String> {
                    lines(path)
                        .into_iter()
                        .filter(|l| !l.contains(text.as_str()))
                        .collect()
                };
                if actual.is_file() && without(expected) == without(actual) {
                    rule.used = true;
                    return true;
                }
            }
        }
    }
    false
}

#[test]
fn every_real_site_builds_as_jekyll_built_it() {
    let Some(dir) = sites_dir() else {
        return;
    };
    let mut rules = rules();
    let mut problems = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().join("site").is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 6, "only {} sites found", names.len());
    for name in &names {
        let case = dir.join(name);
        let work = tempfile::tempdir().unwrap();
        let site = work.path().join("site");
        copy_tree(&case.join("site"), &site);
        let args: Vec<String> = lines(&case.join("args"))
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect();
        let mut command = Command::new(env!("CARGO_BIN_EXE_hyde"));
        command
            .arg("build")
            .arg("-d")
            .arg(work.path().join("out"))
            .arg("-q")
            .args(&args)
            .current_dir(&site)
            .env("TZ", "UTC")
            .env("LANG", "C.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .env("JEKYLL_NO_BUNDLER_REQUIRE", "1")
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .env_remove("JEKYLL_ENV")
            .env_remove("BUNDLE_GEMFILE");
        for line in lines(&case.join("env")) {
            if let Some((k, v)) = line.split_once('=') {
                command.env(k, v);
            }
        }
        if site.join("gems/specifications").is_dir() {
            command.env("GEM_PATH", site.join("gems"));
        }
        let out = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        if !out.status.success() {
            problems.push(format!("{name}: the build failed: {stderr}"));
            continue;
        }
        let expected = files(&case.join("expected"));
        let actual = files(&work.path().join("out"));
        let (mut same, mut known) = (0, 0);
        for (rel, want) in &expected {
            let got = work.path().join("out").join(rel);
            if std::fs::read(want).ok() == std::fs::read(&got).ok() {
                same += 1;
            } else if excused(&mut rules, name, rel, want, &got) {
                known += 1;
            } else if got.exists() {
                problems.push(format!("{name}: {rel} differs"));
            } else {
                problems.push(format!("{name}: {rel} is missing"));
            }
        }
        for rel in actual.keys().filter(|r| !expected.contains_key(*r)) {
            problems.push(format!("{name}: {rel} is extra"));
        }
        eprintln!("{name}: {same} identical, {known} known differences");
    }
    for rule in rules.iter().filter(|r| !r.used) {
        problems.push(format!(
            "a known difference that no longer differs: {}",
            rule.text
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
