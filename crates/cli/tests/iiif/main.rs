//! The first real user: the iiif.io website with its gem theme, built by hyde and
//! compared with what Jekyll 4.3.1 wrote: `../shared/fixtures/iiif-website/expected`,
//! and `fixtures/iiif-baseurl` (`--baseurl /test/extra-test`, as its CI builds it) and
//! `fixtures/iiif-production` (`JEKYLL_ENV=production`: gzip and analytics).
//!
//! Every file must exist and be byte-identical, except those listed with a reason in
//! `fixtures/iiif-known-differences.txt` (a listed file that matches fails the run, so
//! the list only shrinks). The two pages that use the random `sample` filter
//! (`random.mask`) are compared with their sampled logos blanked.
//! Without `../shared` the tests fail when `CI` is set, and are skipped otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/iiif-website");
    if dir.join("site").is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "../shared/fixtures/iiif-website is missing and CI is set"
    );
    eprintln!("skipped: {} is missing", dir.display());
    None
}

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
                out.insert(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    path,
                );
            }
        }
    }
    out
}

fn build(
    site: &Path,
    dest: &Path,
    gem_path: Option<&Path>,
    args: &[&str],
    env: &[(&str, &str)],
) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hyde"));
    cmd.args(["build", "-d"])
        .arg(dest)
        .args(args)
        .current_dir(site)
        .env("SOURCE_DATE_EPOCH", "1779904991")
        .env("TZ", "UTC")
        .env_remove("JEKYLL_ENV")
        .env_remove("GEM_HOME")
        .env("HOME", dest.parent().unwrap());
    for (k, v) in env {
        cmd.env(k, v);
    }
    match gem_path {
        Some(p) => cmd.env("GEM_PATH", p),
        None => cmd.env_remove("GEM_PATH"),
    };
    cmd.output().unwrap()
}

/// `fixtures/iiif-known-differences.txt`: `VARIANT PATH — reason` lines, VARIANT being
/// `default`, `baseurl`, `production` or `*`.
fn known_differences(variant: &str) -> BTreeMap<String, String> {
    let list =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/iiif-known-differences.txt");
    let text = std::fs::read_to_string(list).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (head, reason) = l.split_once(" — ").unwrap_or((l, ""));
            let (v, path) = head.trim().split_once(' ')?;
            (v == variant || v == "*").then(|| (path.trim().to_string(), reason.trim().to_string()))
        })
        .collect()
}

/// A `.gz` without its header's modification time (bytes 4-7) and file name (the
/// `FNAME` field): the parts that name the build's time and path.
fn gzip_comparable(bytes: &[u8]) -> Vec<u8> {
    if bytes.len() < 10 || bytes[0] != 0x1f || bytes[1] != 0x8b {
        return bytes.to_vec();
    }
    let flags = bytes[3];
    let mut out = bytes[..4].to_vec();
    out.extend_from_slice(&bytes[8..10]);
    let mut i = 10;
    if flags & 0x04 != 0 && i + 2 <= bytes.len() {
        let xlen = usize::from(bytes[i]) | usize::from(bytes[i + 1]) << 8;
        out.extend_from_slice(&bytes[i..(i + 2 + xlen).min(bytes.len())]);
        i += 2 + xlen;
    }
    if flags & 0x08 != 0 {
        while i < bytes.len() && bytes[i] != 0 {
            i += 1;
        }
        i += 1;
    }
    out.extend_from_slice(bytes.get(i..).unwrap_or_default());
    out
}

/// A page with `sample`d logos, with each logo's link, name and image blanked inside
/// the `logo-grid` blocks (the items Ruby's seeded generator picked), so that the rest
/// of the page — the grid's shape and everything around it — is still compared.
fn without_sampled_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for line in text.split_inclusive('\n') {
        if depth == 0 && line.contains("logo-grid") {
            depth = 1;
            out.push_str(line);
            continue;
        }
        if depth > 0 {
            depth += line.matches("<div").count();
            depth = depth.saturating_sub(line.matches("</div>").count());
            let mut l = line.to_string();
            for attr in ["href=\"", "alt=\"", "src=\""] {
                if let Some(start) = l.find(attr) {
                    let from = start + attr.len();
                    if let Some(len) = l[from..].find('"') {
                        l.replace_range(from..from + len, "…");
                    }
                }
            }
            out.push_str(&l);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn same_file(rel: &str, a: &Path, b: &Path) -> bool {
    let (x, y) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    if rel.ends_with(".gz") {
        gzip_comparable(&x) == gzip_comparable(&y)
    } else {
        x == y
    }
}

/// Builds the site as `variant` and compares it with `expected`.
fn check(variant: &str, expected_dir: &Path, args: &[&str], env: &[(&str, &str)]) {
    let Some(fixture) = fixture() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("out");
    let site = fixture.join("site");
    let out = build(&site, &dest, Some(&site.join("gems")), args, env);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "hyde build ({variant}) failed:\n{stderr}"
    );

    let expected = files(expected_dir);
    let actual = files(&dest);
    // Pages whose `sample`d items depend on Ruby's random generator: compared with
    // those items blanked; their .gz files for existence only.
    let sampled: BTreeSet<&str> = ["index.html", "community/consortium/index.html"]
        .into_iter()
        .collect();
    let masked: BTreeSet<&str> = ["index.html.gz", "community/consortium/index.html.gz"]
        .into_iter()
        .collect();
    let known = known_differences(variant);
    let mut unexpected = Vec::new();
    let mut differing = BTreeSet::new();
    for (rel, path) in &expected {
        match actual.get(rel) {
            None => {
                differing.insert(rel.clone());
                if !known.contains_key(rel) {
                    unexpected.push(format!("missing: {rel}"));
                }
            }
            Some(got) if sampled.contains(rel.as_str()) => {
                let read = |p: &Path| {
                    without_sampled_items(&String::from_utf8_lossy(&std::fs::read(p).unwrap()))
                };
                if read(path) != read(got) {
                    differing.insert(rel.clone());
                    if !known.contains_key(rel) {
                        unexpected.push(format!("differs (besides its sampled items): {rel}"));
                    }
                }
            }
            Some(got) if !masked.contains(rel.as_str()) => {
                if !same_file(rel, path, got) {
                    differing.insert(rel.clone());
                    if !known.contains_key(rel) {
                        unexpected.push(format!("differs: {rel}"));
                    }
                }
            }
            Some(_) => {}
        }
    }
    for rel in actual.keys().filter(|k| !expected.contains_key(*k)) {
        differing.insert(rel.clone());
        if !known.contains_key(rel) {
            unexpected.push(format!("extra: {rel}"));
        }
    }
    let stale: Vec<&String> = known.keys().filter(|k| !differing.contains(*k)).collect();
    let identical = expected.len()
        - differing
            .iter()
            .filter(|d| expected.contains_key(*d))
            .count();
    eprintln!(
        "iiif.io ({variant}): {identical} of {} files identical ({} compared without sampled items, {} for existence only, {} known differences)",
        expected.len(),
        sampled.len(),
        masked.len(),
        differing.len()
    );
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "{variant}: unexpected differences (compare with ../shared/tools/site-diff):\n{}\nlisted as known but now identical: {stale:?}",
        unexpected.join("\n")
    );
}

#[test]
fn hyde_builds_iiif_io_as_jekyll_does() {
    let Some(fixture) = fixture() else { return };
    check("default", &fixture.join("expected"), &[], &[]);
}

#[test]
fn hyde_builds_iiif_io_with_a_baseurl_as_jekyll_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/iiif-baseurl/expected");
    check("baseurl", &dir, &["--baseurl", "/test/extra-test"], &[]);
}

#[test]
fn hyde_builds_iiif_io_for_production_as_jekyll_does() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/iiif-production/expected");
    check("production", &dir, &[], &[("JEKYLL_ENV", "production")]);
}

#[test]
fn without_gem_path_the_theme_is_not_found_and_the_places_are_listed() {
    let Some(fixture) = fixture() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let out = build(
        &fixture.join("site"),
        &tmp.path().join("out"),
        None,
        &[],
        &[],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("The iiifc-theme theme could not be found"),
        "{stderr}"
    );
    assert!(stderr.contains("GEM_PATH"), "{stderr}");
}
