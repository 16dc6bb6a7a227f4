//! Comparing two directory trees file by file, with a readable diff.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Lines of context shown around the first difference in a text file.
const CONTEXT: usize = 3;
/// At most this many differing lines are shown per file.
const MAX_LINES: usize = 12;

/// `Ok` when `actual` holds the same files with the same bytes as
/// `expected`; otherwise a report of missing, extra and differing files.
pub(crate) fn trees(expected: &Path, actual: &Path) -> Result<(), String> {
    let want = files(expected);
    let got = files(actual);
    let mut report = String::new();
    for path in want.difference(&got) {
        writeln!(report, "missing: {}", path.display()).unwrap();
    }
    for path in got.difference(&want) {
        writeln!(report, "extra:   {}", path.display()).unwrap();
    }
    for path in want.intersection(&got) {
        let a = fs::read(expected.join(path)).unwrap();
        let b = fs::read(actual.join(path)).unwrap();
        if a != b {
            writeln!(report, "differs: {}", path.display()).unwrap();
            report.push_str(&diff(&a, &b));
        }
    }
    if report.is_empty() { Ok(()) } else { Err(report) }
}

/// Every file under `root` (recursively), relative to it. An absent root is
/// an empty tree.
fn files(root: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
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
        let at = expected.iter().zip(actual).take_while(|(x, y)| x == y).count();
        return format!(
            "    binary: {} bytes expected, {} written; first difference at byte {at}\n",
            expected.len(),
            actual.len()
        );
    };
    let a: Vec<&str> = a.split_inclusive('\n').collect();
    let b: Vec<&str> = b.split_inclusive('\n').collect();
    let first = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let start = first.saturating_sub(CONTEXT);
    let mut out = String::new();
    writeln!(out, "    @@ line {} (- expected, + hyde)", first + 1).unwrap();
    for line in &a[start..first] {
        writeln!(out, "      {}", show(line)).unwrap();
    }
    // Show the differing region: lines up to MAX_LINES from each side.
    let end_a = (first + MAX_LINES).min(a.len());
    let end_b = (first + MAX_LINES).min(b.len());
    for line in &a[first..end_a] {
        writeln!(out, "    - {}", show(line)).unwrap();
    }
    for line in &b[first..end_b] {
        writeln!(out, "    + {}", show(line)).unwrap();
    }
    if end_a < a.len() || end_b < b.len() {
        writeln!(out, "    … ({} lines expected, {} written)", a.len(), b.len()).unwrap();
    }
    out
}

/// A line with its ending made visible, so whitespace differences show.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) if body.ends_with('\r') => format!("{}␍", &body[..body.len() - 1]).replace('\t', "→"),
        Some(body) => body.replace('\t', "→"),
        None => format!("{}⟨no newline at end⟩", line.replace('\t', "→")),
    }
}
