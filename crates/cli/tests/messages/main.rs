//! Jekyll's own messages: for every case in `fixtures/messages/NAME/` (a small
//! site that makes Jekyll print an error or a warning), hyde's first line on stderr
//! is the line Jekyll 4.3.1 printed, word for word, and hyde exits as Jekyll did.
//!
//! `NAME/jekyll.txt` is Jekyll's stderr as `fixtures/messages/capture.sh` recorded
//! it (its first line is the command; colours removed; `$SITE` and `$DEST` for the
//! site's and the destination's paths). Jekyll's line is its first line that is
//! not the command, `Configuration file: none` or the `--trace` banner. When Jekyll
//! did not catch the exception, Ruby prints `FILE:LINE:in 'METHOD': MESSAGE
//! (CLASS)`; hyde prints `Error: MESSAGE` under Jekyll's error topic then.
//!
//! Cases hyde does not match yet are listed in
//! `fixtures/messages/known-differences.txt`; a listed case that matches fails the
//! test, so the list stays true. `HYDE_MESSAGES=a,b` runs only the named cases.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/messages")
}

/// What Jekyll printed for one case.
struct Jekyll {
    line: String,
    exit: i32,
}

fn is_noise(line: &str) -> bool {
    let t = line.trim();
    line.starts_with("+ (cd ")
        || t.is_empty()
        || t == "Configuration file: none"
        || t.chars().all(|c| c == '-')
        || t.starts_with("Jekyll 4.3.1   Please append `--trace`")
        || t.starts_with("for any additional information or backtrace.")
        || t.starts_with("jekyll-ref:")
}

/// Ruby's report of an exception nobody rescued: `FILE:LINE:in `METHOD': MESSAGE (CLASS)`.
fn uncaught(line: &str) -> Option<String> {
    if !line.starts_with('/') {
        return None;
    }
    let (_, rest) = line.split_once(":in `")?;
    let (_, message) = rest.split_once("': ")?;
    let open = message.rfind(" (")?;
    message
        .ends_with(')')
        .then(|| format!("{:>20}{}", "Error: ", message[..open].trim_end()))
}

fn jekyll(case: &Path, site: &str, dest: &str) -> Jekyll {
    let text = fs::read_to_string(case.join("jekyll.txt")).unwrap();
    let text = text.replace("$SITE", site).replace("$DEST", dest);
    let exit = text
        .lines()
        .find_map(|l| l.strip_prefix("jekyll-ref: jekyll build failed (exit "))
        .and_then(|r| r.trim_end_matches(')').parse().ok())
        .unwrap_or(0);
    let first = text
        .lines()
        .find(|l| !is_noise(l))
        .unwrap_or_else(|| panic!("{}: Jekyll printed no message", case.display()));
    let line = uncaught(first).unwrap_or_else(|| first.to_owned());
    Jekyll { line, exit }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// hyde's first line on stderr and its exit code, built as jekyll-ref builds.
fn hyde(case: &Path) -> (Jekyll, Jekyll) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let site = root.join("site");
    let dest = root.join("dest");
    copy_dir(&case.join("site"), &site);
    let args: Vec<String> = fs::read_to_string(case.join("args"))
        .map(|a| a.lines().map(str::to_owned).collect())
        .unwrap_or_default();
    let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .arg("build")
        .arg("--destination")
        .arg(&dest)
        .args(&args)
        .current_dir(&site)
        .env("TZ", "UTC")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("JEKYLL_NO_BUNDLER_REQUIRE", "1")
        .env_remove("JEKYLL_ENV")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|l| !is_noise(l))
        .unwrap_or("")
        .to_owned();
    let ours = Jekyll {
        line,
        exit: out.status.code().unwrap_or(-1),
    };
    let theirs = jekyll(
        case,
        &site.display().to_string(),
        &dest.display().to_string(),
    );
    (ours, theirs)
}

fn known_differences() -> Vec<String> {
    fs::read_to_string(cases_dir().join("known-differences.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn hyde_prints_jekylls_own_line_first_for_every_message_case() {
    let only: Option<Vec<String>> = std::env::var("HYDE_MESSAGES")
        .ok()
        .map(|v| v.split(',').map(str::to_owned).collect());
    let known = known_differences();
    let mut names: Vec<String> = fs::read_dir(cases_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("jekyll.txt").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| only.as_ref().is_none_or(|o| o.contains(n)))
        .collect();
    names.sort();
    let (mut matched, mut failures) = (0, Vec::new());
    for name in &names {
        let (ours, theirs) = hyde(&cases_dir().join(name));
        let same = ours.line == theirs.line && ours.exit == theirs.exit;
        match (same, known.contains(name)) {
            (true, false) => matched += 1,
            (true, true) => failures.push(format!(
                "{name}: matches Jekyll now; remove it from known-differences.txt"
            )),
            (false, true) => {}
            (false, false) => failures.push(format!(
                "{name}:\n  Jekyll (exit {}): {:?}\n  hyde   (exit {}): {:?}",
                theirs.exit, theirs.line, ours.exit, ours.line
            )),
        }
    }
    println!(
        "{matched} of {} messages as Jekyll prints them ({} known differences)",
        names.len(),
        names.iter().filter(|n| known.contains(n)).count()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A table of `--profile`'s output: its rows, each a list of cells, with the times
/// (every cell of the column named `TIME` or `Time`) left out.
fn tables_without_times(stdout: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    let mut time_column = None;
    for line in stdout.lines() {
        if !line.starts_with("| ") && !line.starts_with("+-") {
            if !current.is_empty() {
                tables.push(std::mem::take(&mut current));
                time_column = None;
            }
            continue;
        }
        if line.starts_with("+-") {
            current.push(vec!["separator".to_owned()]);
            continue;
        }
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_owned())
            .collect();
        if current.is_empty() {
            time_column = cells.iter().position(|c| c.eq_ignore_ascii_case("time"));
        }
        let cells = cells
            .into_iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != time_column)
            .map(|(_, c)| c)
            .collect();
        current.push(cells);
    }
    tables
}

/// The Site Render Stats rows in Jekyll's order are sorted by time, which is ours:
/// compare them as a set, and everything else in order.
fn sorted_body(mut table: Vec<Vec<String>>) -> Vec<Vec<String>> {
    if table.len() > 3 {
        let last = table.len() - 1;
        table[2..last].sort();
    }
    table
}

#[test]
fn profile_prints_jekylls_two_tables_with_its_rows_counts_and_bytes() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/profile");
    let jekyll = fs::read_to_string(case.join("jekyll.txt")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_dir(&case.join("site"), &site);
    let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .args(["build", "--destination"])
        .arg(tmp.path().join("dest"))
        .arg("--profile")
        .current_dir(&site)
        .env("TZ", "UTC")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(out.status.success());
    let ours = String::from_utf8_lossy(&out.stdout);
    for title in ["Build Process Summary: ", "Site Render Stats: "] {
        assert!(jekyll.lines().any(|l| l == title), "Jekyll lacks {title:?}");
        assert!(
            ours.lines().any(|l| l == title),
            "hyde lacks {title:?}:\n{ours}"
        );
    }
    let theirs: Vec<_> = tables_without_times(&jekyll)
        .into_iter()
        .map(sorted_body)
        .collect();
    let ours_tables: Vec<_> = tables_without_times(&ours)
        .into_iter()
        .map(sorted_body)
        .collect();
    assert_eq!(theirs.len(), 2, "{jekyll}");
    assert_eq!(ours_tables, theirs, "hyde printed:\n{ours}");
}
