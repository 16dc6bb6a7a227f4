//! `fixtures/errors/NAME/`: a broken or hostile site (`site/`) and what building it must
//! do (`expect.toml`). One test runs them all and reports every mismatch at once.
//!
//! ```toml
//! # What the site is, what Jekyll 4.3.1 does with it, and why hyde does the same (or not).
//! exit = 1                                # required: the exit code
//! args = ["--strict_front_matter"]        # extra `hyde build` arguments
//! stderr_contains = ["index.html", "line 3"]
//! stderr_not_contains = ["root:x:0:0"]    # also checked against stdout
//! # Where the message points: the file, and `line 3` (`column 7`) or `index.html:3:7`.
//! location = { file = "index.html", line = 3, column = 7 }
//! exists = ["_site/index.html"]           # relative to the site, after the build
//! absent = ["_site/passwd.txt"]
//! output = { "_site/index.html" = "x\n" } # exact contents after the build
//! setup = [                               # made in the copy before the build, not in git
//!   "fifo pipe.md",
//!   "symlink _includes/passwd.html /etc/passwd",
//!   "mkdir _site",
//!   "symlink-outside _site/kept",         # to an empty temporary folder that must stay empty
//! ]
//! [[generate]]                            # big inputs, written before the build:
//! path = "index.html"                     # head + open×times + middle + close×times + foot
//! head = "---\n---\n"
//! open = "{% if true %}"
//! times = 10000
//! middle = "x"
//! close = "{% endif %}"
//! foot = "\n"
//! ```
//!
//! `HYDE_ERROR_FIXTURES=a,b` runs only the named ones.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longer than any fixture needs; a build still running then hangs.
const WATCHDOG: Duration = Duration::from_secs(600);

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/errors")
}

/// Where an error message must point.
struct Location {
    file: String,
    line: i64,
    column: Option<i64>,
}

impl Location {
    /// Whether `stderr` names the file and the line (and column) in either spelling.
    fn is_named_in(&self, stderr: &str) -> bool {
        let words = match self.column {
            Some(c) => {
                stderr.contains(&format!("line {}", self.line))
                    && stderr.contains(&format!("column {c}"))
            }
            None => stderr.contains(&format!("line {}", self.line)),
        };
        let colons = match self.column {
            Some(c) => format!("{}:{}:{c}", self.file, self.line),
            None => format!("{}:{}", self.file, self.line),
        };
        stderr.contains(&colons) || (stderr.contains(&self.file) && words)
    }
}

/// One fixture's `expect.toml`.
struct Expect {
    exit: i32,
    args: Vec<String>,
    stderr_contains: Vec<String>,
    stderr_not_contains: Vec<String>,
    exists: Vec<String>,
    absent: Vec<String>,
    output: Vec<(String, String)>,
    location: Option<Location>,
    setup: Vec<String>,
    generate: Vec<toml::Table>,
}

fn strings(table: &toml::Table, key: &str, file: &Path) -> Vec<String> {
    match table.get(key) {
        None => Vec::new(),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                toml::Value::String(s) => s.clone(),
                _ => panic!("{}: `{key}` must be a list of strings", file.display()),
            })
            .collect(),
        Some(_) => panic!("{}: `{key}` must be a list of strings", file.display()),
    }
}

impl Expect {
    fn load(file: &Path) -> Expect {
        let text = fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        const KEYS: &[&str] = &[
            "exit",
            "args",
            "stderr_contains",
            "stderr_not_contains",
            "exists",
            "absent",
            "output",
            "location",
            "setup",
            "generate",
        ];
        for key in table.keys() {
            assert!(
                KEYS.contains(&key.as_str()),
                "{}: unknown key `{key}`",
                file.display()
            );
        }
        let exit = match table.get("exit") {
            Some(toml::Value::Integer(n)) => i32::try_from(*n).unwrap(),
            _ => panic!("{}: `exit` (an integer) is required", file.display()),
        };
        let output = match table.get("output") {
            None => Vec::new(),
            Some(toml::Value::Table(t)) => t
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
                .collect(),
            Some(_) => panic!("{}: `output` must be a table", file.display()),
        };
        let generate = match table.get("generate") {
            None => Vec::new(),
            Some(toml::Value::Array(items)) => items
                .iter()
                .map(|v| v.as_table().unwrap().clone())
                .collect(),
            Some(_) => panic!("{}: `generate` must be [[generate]] tables", file.display()),
        };
        let location = table.get("location").map(|v| {
            let t = v.as_table().unwrap();
            Location {
                file: t["file"].as_str().unwrap().to_owned(),
                line: t["line"].as_integer().unwrap(),
                column: t.get("column").and_then(toml::Value::as_integer),
            }
        });
        Expect {
            exit,
            location,
            args: strings(&table, "args", file),
            stderr_contains: strings(&table, "stderr_contains", file),
            stderr_not_contains: strings(&table, "stderr_not_contains", file),
            exists: strings(&table, "exists", file),
            absent: strings(&table, "absent", file),
            output,
            setup: strings(&table, "setup", file),
            generate,
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn generate(site: &Path, spec: &toml::Table) {
    let text = |key: &str| spec.get(key).and_then(|v| v.as_str()).unwrap_or("");
    let times = spec
        .get("times")
        .and_then(toml::Value::as_integer)
        .map_or(1, |n| usize::try_from(n).unwrap());
    let content = [
        text("head").to_owned(),
        text("open").repeat(times),
        text("middle").to_owned(),
        text("close").repeat(times),
        text("foot").to_owned(),
    ]
    .concat();
    let path = site.join(text("path"));
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

/// Makes what git cannot hold; returns the outside folders that must stay empty.
fn set_up(site: &Path, steps: &[String], outside: &Path) -> Vec<PathBuf> {
    let mut watched = Vec::new();
    for step in steps {
        let words: Vec<&str> = step.split_whitespace().collect();
        let at = |rel: &str| {
            let p = site.join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            p
        };
        match words.as_slice() {
            ["fifo", rel] => {
                let status = Command::new("mkfifo").arg(at(rel)).status().unwrap();
                assert!(status.success(), "mkfifo {rel}");
            }
            ["mkdir", rel] => fs::create_dir_all(site.join(rel)).unwrap(),
            ["symlink", rel, target] => std::os::unix::fs::symlink(target, at(rel)).unwrap(),
            ["symlink-outside", rel] => {
                let dir = outside.join(watched.len().to_string());
                fs::create_dir_all(&dir).unwrap();
                std::os::unix::fs::symlink(&dir, at(rel)).unwrap();
                watched.push(dir);
            }
            _ => panic!("unknown setup step {step:?}"),
        }
    }
    watched
}

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run_hyde(site: &Path, args: &[String]) -> Outcome {
    let log = site.parent().unwrap();
    let (out_path, err_path) = (log.join("stdout"), log.join("stderr"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .arg("build")
        .args(args)
        .current_dir(site)
        .env("TZ", "UTC")
        .env_remove("BUNDLE_GEMFILE")
        .env_remove("JEKYLL_NO_BUNDLER_REQUIRE")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > WATCHDOG {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| {
        let mut bytes = Vec::new();
        fs::File::open(p).unwrap().read_to_end(&mut bytes).unwrap();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Outcome {
        code: status.and_then(|s| s.code()),
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

/// Builds one fixture; the mismatches, empty when it behaves as expected.
fn check(dir: &Path) -> Vec<String> {
    let expect = Expect::load(&dir.join("expect.toml"));
    let work = tempfile::tempdir().unwrap();
    let site = work.path().join("site");
    let source = dir.join("site");
    if source.is_dir() {
        copy_tree(&source, &site);
    } else {
        fs::create_dir_all(&site).unwrap();
    }
    for spec in &expect.generate {
        generate(&site, spec);
    }
    let watched = set_up(&site, &expect.setup, &work.path().join("outside"));
    let run = run_hyde(&site, &expect.args);
    let mut problems = Vec::new();
    match run.code {
        None => problems.push("did not finish (hung or killed by a signal)".to_owned()),
        Some(101) => problems.push("exited with 101 (a panic)".to_owned()),
        Some(code) if code != expect.exit => {
            problems.push(format!("exited with {code}, expected {}", expect.exit));
        }
        Some(_) => {}
    }
    if run.stderr.contains("panicked") || run.stdout.contains("panicked") {
        problems.push("printed a panic".to_owned());
    }
    for needle in &expect.stderr_contains {
        if !run.stderr.contains(needle.as_str()) {
            problems.push(format!("stderr lacks {needle:?}"));
        }
    }
    if let Some(at) = &expect.location
        && !at.is_named_in(&run.stderr)
    {
        problems.push(format!(
            "stderr does not point at {} line {} column {:?}",
            at.file, at.line, at.column
        ));
    }
    for needle in &expect.stderr_not_contains {
        if run.stderr.contains(needle.as_str()) || run.stdout.contains(needle.as_str()) {
            problems.push(format!("the output contains {needle:?}"));
        }
    }
    for rel in &expect.exists {
        if fs::symlink_metadata(site.join(rel)).is_err() {
            problems.push(format!("{rel} does not exist"));
        }
    }
    for rel in &expect.absent {
        if fs::symlink_metadata(site.join(rel)).is_ok() {
            problems.push(format!("{rel} exists"));
        }
    }
    for (rel, want) in &expect.output {
        let got = fs::read(site.join(rel)).map(|b| String::from_utf8_lossy(&b).into_owned());
        match got {
            Ok(got) if &got == want => {}
            Ok(got) => problems.push(format!("{rel} is {got:?}, expected {want:?}")),
            Err(e) => problems.push(format!("{rel}: {e}")),
        }
    }
    for dir in watched {
        if fs::read_dir(&dir).unwrap().next().is_some() {
            problems.push(format!(
                "wrote outside the site, through a symlink, into {}",
                dir.display()
            ));
        }
    }
    if !problems.is_empty() {
        problems.push(format!(
            "stdout:\n{}\nstderr:\n{}",
            tail(&run.stdout),
            tail(&run.stderr)
        ));
    }
    problems
}

/// The end of a long output, enough to see the message.
fn tail(text: &str) -> &str {
    let start = text.len().saturating_sub(4000);
    let start = (start..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[start..]
}

#[test]
fn every_broken_or_hostile_site_gets_its_exit_code_and_message_and_nothing_leaks() {
    let only: Option<Vec<String>> = std::env::var("HYDE_ERROR_FIXTURES")
        .ok()
        .map(|s| s.split(',').map(str::to_owned).collect());
    let mut names: Vec<String> = fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expect.toml").is_file())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| only.as_ref().is_none_or(|only| only.contains(name)))
        .collect();
    names.sort();
    assert!(
        only.is_some() || names.len() >= 60,
        "only {} fixtures",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let problems = check(&fixtures_dir().join(name));
        if !problems.is_empty() {
            failures.push(format!("== {name}\n{}", problems.join("\n")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n\n")
    );
}
