//! Incremental builds (`hyde::Incremental`, used by `hyde serve` and `build -I`):
//! every case of `cases.toml` builds `site/`, edits it, rebuilds incrementally, and
//! must leave the very bytes a fresh full build of the edited site leaves, having
//! written and removed exactly the files the case names.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
struct Case {
    name: String,
    write: BTreeMap<String, String>,
    remove: Vec<String>,
    rename: Vec<(String, String)>,
    written: Vec<String>,
    removed: Vec<String>,
    full: bool,
    patched: bool,
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(toml::Value::as_array)
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

impl Case {
    fn from_toml(t: &toml::Table) -> Case {
        Case {
            name: t["name"].as_str().unwrap().to_string(),
            write: t
                .get("write")
                .and_then(toml::Value::as_table)
                .map(|w| {
                    w.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                        .collect()
                })
                .unwrap_or_default(),
            remove: strings(t.get("remove")),
            rename: t
                .get("rename")
                .and_then(toml::Value::as_array)
                .map(|a| {
                    a.iter()
                        .map(|pair| {
                            let p = strings(Some(pair));
                            (p[0].clone(), p[1].clone())
                        })
                        .collect()
                })
                .unwrap_or_default(),
            written: strings(t.get("written")),
            removed: strings(t.get("removed")),
            full: t
                .get("full")
                .and_then(toml::Value::as_bool)
                .unwrap_or(false),
            patched: t
                .get("patched")
                .and_then(toml::Value::as_bool)
                .unwrap_or(false),
        }
    }
}

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/incremental")
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(here().join("cases.toml")).unwrap();
    let table: toml::Table = text.parse().unwrap();
    table["case"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case::from_toml(c.as_table().unwrap()))
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `root`: relative path → bytes.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                let rel = entry.path().strip_prefix(root).unwrap().to_path_buf();
                let rel = rel.to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(entry.path()).unwrap());
            }
        }
    }
    out
}

fn options(source: &Path, dest: &Path) -> hyde::BuildOptions {
    let mut o = hyde::BuildOptions::new(source);
    o.destination = Some(dest.to_path_buf());
    o.time_epoch = Some(1_700_000_000);
    o.plugin_lookup = Some(hyde_plugins::builtin);
    o
}

/// Applies a case's edits to the site at `source`.
fn edit(source: &Path, case: &Case) {
    for (path, text) in &case.write {
        let p = source.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    for path in &case.remove {
        std::fs::remove_file(source.join(path)).unwrap();
    }
    for (from, to) in &case.rename {
        std::fs::rename(source.join(from), source.join(to)).unwrap();
    }
}

/// What differs between two trees, one line a file.
fn differences(got: &BTreeMap<String, Vec<u8>>, want: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let names: BTreeSet<&String> = got.keys().chain(want.keys()).collect();
    let mut out = Vec::new();
    for name in names {
        match (got.get(name), want.get(name)) {
            (Some(_), None) => out.push(format!("{name}: only in the incremental build")),
            (None, Some(_)) => out.push(format!("{name}: missing from the incremental build")),
            (Some(a), Some(b)) if a != b => out.push(format!(
                "{name}: differs\n--- incremental\n{}\n--- full\n{}",
                String::from_utf8_lossy(a),
                String::from_utf8_lossy(b)
            )),
            _ => {}
        }
    }
    out
}

/// Runs one case in `root`; the failures it found.
fn run(case: &Case, root: &Path) -> Vec<String> {
    let source = root.join("site");
    let (inc, full) = (root.join("incremental"), root.join("full"));
    copy_dir(&here().join("site"), &source);
    let mut builds = hyde::Incremental::new();
    let first = builds.build(&options(&source, &inc)).unwrap();
    assert!(first.full, "the first build renders everything");
    // A file's modification time is part of what static files show: let it move.
    std::thread::sleep(std::time::Duration::from_millis(20));
    edit(&source, case);
    let changed: Vec<PathBuf> = case
        .write
        .keys()
        .chain(&case.remove)
        .chain(case.rename.iter().flat_map(|(a, b)| [a, b]))
        .map(|p| source.join(p))
        .collect();
    let report = match builds.build_changed(&options(&source, &inc), &changed, || ()) {
        Ok(r) => r,
        Err(e) => return vec![format!("the incremental build failed: {e}")],
    };
    hyde::Site::build(&options(&source, &full)).unwrap();
    let mut failures = differences(&tree(&inc), &tree(&full));
    if report.written != case.written {
        failures.push(format!(
            "written {:?}, expected {:?} (rendered {:?})",
            report.written, case.written, report.rendered
        ));
    }
    if report.removed != case.removed {
        failures.push(format!(
            "removed {:?}, expected {:?}",
            report.removed, case.removed
        ));
    }
    if report.full != case.full {
        failures.push(format!("full {}, expected {}", report.full, case.full));
    }
    if report.patched != case.patched {
        failures.push(format!(
            "patched {}, expected {}",
            report.patched, case.patched
        ));
    }
    failures
}

#[test]
fn every_edit_rebuilds_incrementally_to_the_bytes_of_a_full_build() {
    let mut failed = Vec::new();
    let all = cases();
    for case in &all {
        let dir = tempfile::tempdir().unwrap();
        let failures = run(case, dir.path());
        if !failures.is_empty() {
            failed.push(format!("{}:\n  {}", case.name, failures.join("\n  ")));
        }
    }
    eprintln!(
        "{} passed, {} failed",
        all.len() - failed.len(),
        failed.len()
    );
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

#[test]
fn edits_one_after_another_keep_the_bytes_of_a_full_build() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("site");
    let inc = dir.path().join("incremental");
    copy_dir(&here().join("site"), &source);
    let mut builds = hyde::Incremental::new();
    builds.build(&options(&source, &inc)).unwrap();
    for (i, case) in cases().iter().enumerate() {
        if !case
            .rename
            .iter()
            .all(|(from, _)| source.join(from).exists())
            || !case.remove.iter().all(|p| source.join(p).exists())
        {
            continue;
        }
        edit(&source, case);
        builds.build(&options(&source, &inc)).unwrap();
        let full = dir.path().join(format!("full{i}"));
        hyde::Site::build(&options(&source, &full)).unwrap();
        let diffs = differences(&tree(&inc), &tree(&full));
        assert!(
            diffs.is_empty(),
            "after {}:\n{}",
            case.name,
            diffs.join("\n")
        );
    }
}

#[test]
fn a_build_of_an_unchanged_site_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("site");
    let dest = dir.path().join("out");
    copy_dir(&here().join("site"), &source);
    let mut builds = hyde::Incremental::new();
    let first = builds.build(&options(&source, &dest)).unwrap();
    assert!(!first.written.is_empty());
    let again = builds.build(&options(&source, &dest)).unwrap();
    assert!(
        again.written.is_empty() && again.rendered.is_empty(),
        "{again:?}"
    );
    // A new builder finds the destination already written: it renders, writes nothing.
    let fresh = hyde::Incremental::new()
        .build(&options(&source, &dest))
        .unwrap();
    assert!(fresh.written.is_empty(), "{fresh:?}");
}

#[test]
fn a_failed_rebuild_is_followed_by_an_incremental_one() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("site");
    let (inc, full) = (dir.path().join("incremental"), dir.path().join("full"));
    copy_dir(&here().join("site"), &source);
    let mut builds = hyde::Incremental::new();
    builds.build(&options(&source, &inc)).unwrap();
    let page = source.join("plain.md");
    for (text, layout) in [
        ("---\nlayout: plain\ntitle: Plain\n---\n{% if %}\n", None),
        ("---\nlayout: plain\ntitle: Plain\n---\nFixed.\n", None),
        (
            "---\nlayout: plain\ntitle: Plain\n---\nFixed again.\n",
            Some("<div>{% if %}</div>\n"),
        ),
        (
            "---\nlayout: plain\ntitle: Plain\n---\nFixed at last.\n",
            Some("<div>{{ content }}</div>\n"),
        ),
    ] {
        std::fs::write(&page, text).unwrap();
        let mut changed = vec![page.clone()];
        if let Some(l) = layout {
            std::fs::write(source.join("_layouts/plain.html"), l).unwrap();
            changed.push(source.join("_layouts/plain.html"));
        }
        let broken = text.contains("{% if %}") || layout.is_some_and(|l| l.contains("{% if %}"));
        let result = builds.build_changed(&options(&source, &inc), &changed, || ());
        assert_eq!(result.is_err(), broken, "{text}: {result:?}");
        if let Ok(report) = result {
            assert!(!report.full, "{report:?}");
            let _ = std::fs::remove_dir_all(&full);
            hyde::Site::build(&options(&source, &full)).unwrap();
            let diffs = differences(&tree(&inc), &tree(&full));
            assert!(diffs.is_empty(), "{}", diffs.join("\n"));
        }
    }
}
