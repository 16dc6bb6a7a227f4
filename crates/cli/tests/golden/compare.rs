//! Comparing two directory trees file by file, with a readable diff.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Lines of context shown around the first difference in a text file.
const CONTEXT: usize = 3;
/// At most this many differing lines are shown per file.
const MAX_LINES: usize = 12;
/// At most this many missing (or extra) files are listed.
const MAX_FILES: usize = 20;

/// `Ok` when `actual` holds the same files with the same bytes as
/// `expected`; otherwise a report of missing, extra and differing files.
pub(crate) fn trees(expected: &Path, actual: &Path) -> Result<(), String> {
    let want = files(expected);
    let got = files(actual);
    let mut report = String::new();
    list(&mut report, "missing:", want.difference(&got).collect());
    list(&mut report, "extra:  ", got.difference(&want).collect());
    for path in want.intersection(&got) {
        let a = fs::read(expected.join(path)).unwrap();
        let b = fs::read(actual.join(path)).unwrap();
        if a != b {
            writeln!(report, "differs: {}", path.display()).unwrap();
            report.push_str(&diff(&a, &b));
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// Lists `paths` under `label`, at most `MAX_FILES` of them.
fn list(report: &mut String, label: &str, paths: Vec<&PathBuf>) {
    for path in paths.iter().take(MAX_FILES) {
        writeln!(report, "{label} {}", path.display()).unwrap();
    }
    if paths.len() > MAX_FILES {
        writeln!(report, "{label} … and {} more", paths.len() - MAX_FILES).unwrap();
    }
}

/// Every file under `root` (recursively), relative to it. An absent root is
/// an empty tree.
fn files(root: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    out
}

/// The first differing lines of two files (`-` expected, `+` hyde), or the
/// first differing byte when either is not UTF-8.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let (Ok(a), Ok(b)) = (std::str::from_utf8(expected), std::str::from_utf8(actual)) else {
        let at = expected
            .iter()
            .zip(actual)
            .take_while(|(x, y)| x == y)
            .count();
        return format!(
            "    binary: {} bytes expected, {} written; first difference at byte {at}\n",
            expected.len(),
            actual.len()
        );
    };
    let a: Vec<&str> = a.split_inclusive('\n').collect();
    let b: Vec<&str> = b.split_inclusive('\n').collect();
    let first = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // Lines shared at the end (not overlapping the shared start) are not shown.
    let same_tail = a[first..]
        .iter()
        .rev()
        .zip(b[first..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (changed_a, changed_b) = (
        &a[first..a.len() - same_tail],
        &b[first..b.len() - same_tail],
    );
    let start = first.saturating_sub(CONTEXT);
    let mut out = String::new();
    writeln!(out, "    @@ line {} (- expected, + hyde)", first + 1).unwrap();
    for line in &a[start..first] {
        writeln!(out, "      {}", show(line)).unwrap();
    }
    for line in changed_a.iter().take(MAX_LINES) {
        writeln!(out, "    - {}", show(line)).unwrap();
    }
    for line in changed_b.iter().take(MAX_LINES) {
        writeln!(out, "    + {}", show(line)).unwrap();
    }
    let end = a.len() - same_tail;
    for line in a[end..].iter().take(CONTEXT) {
        writeln!(out, "      {}", show(line)).unwrap();
    }
    if changed_a.len() > MAX_LINES || changed_b.len() > MAX_LINES {
        writeln!(
            out,
            "    … ({} lines differ in expected, {} in hyde's output; {} and {} lines in all)",
            changed_a.len(),
            changed_b.len(),
            a.len(),
            b.len()
        )
        .unwrap();
    }
    out
}

/// A line with its ending made visible, so whitespace differences show.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) if body.ends_with('\r') => {
            format!("{}␍", &body[..body.len() - 1]).replace('\t', "→")
        }
        Some(body) => body.replace('\t', "→"),
        None => format!("{}⟨no newline at end⟩", line.replace('\t', "→")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, bytes) in files {
            let path = dir.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, bytes).unwrap();
        }
        dir
    }

    #[test]
    fn identical_trees_compare_equal() {
        let a = tree(&[("index.html", b"hi\n"), ("a/b.css", b"x")]);
        let b = tree(&[("index.html", b"hi\n"), ("a/b.css", b"x")]);
        assert_eq!(trees(a.path(), b.path()), Ok(()));
    }

    #[test]
    fn a_report_names_missing_extra_and_differing_files() {
        let want = tree(&[("gone.html", b""), ("page.html", b"one\ntwo\nthree\n")]);
        let got = tree(&[("new.html", b""), ("page.html", b"one\nTWO \nthree")]);
        let report = trees(want.path(), got.path()).unwrap_err();
        assert!(report.contains("missing: gone.html"), "{report}");
        assert!(report.contains("extra:   new.html"), "{report}");
        assert!(report.contains("differs: page.html"), "{report}");
        assert!(report.contains("@@ line 2"), "{report}");
        assert!(report.contains("    - two\n"), "{report}");
        assert!(report.contains("    + TWO \n"), "{report}");
        assert!(report.contains("three⟨no newline at end⟩"), "{report}");
    }

    #[test]
    fn binary_files_report_the_first_differing_byte() {
        let want = tree(&[("img.png", &[0x89, 0xff, 0, 1])]);
        let got = tree(&[("img.png", &[0x89, 0xff, 0, 2, 3])]);
        let report = trees(want.path(), got.path()).unwrap_err();
        assert!(
            report.contains("4 bytes expected, 5 written; first difference at byte 3"),
            "{report}"
        );
    }

    #[test]
    fn long_lists_of_missing_files_are_cut() {
        let files: Vec<(String, &[u8])> = (0..25).map(|i| (format!("f{i:02}"), &b""[..])).collect();
        let files: Vec<(&str, &[u8])> = files.iter().map(|(p, b)| (p.as_str(), *b)).collect();
        let want = tree(&files);
        let got = tree(&[]);
        let report = trees(want.path(), got.path()).unwrap_err();
        assert!(report.contains("missing: … and 5 more"), "{report}");
    }
}
