//! The highlighting corpus: every snippet `fixtures/highlight/cases/LANG/NAME.txt`
//! highlighted as Jekyll 4.3.1 with Rouge 3.30 does it (see
//! `fixtures/highlight/README.md`), byte for byte, three ways:
//!
//! * `NAME.fenced.html`: a ````` ````LANG ````` fenced block converted by kramdown;
//! * `NAME.tag.html`: `{% highlight LANG %}`;
//! * `NAME.linenos.html`: `{% highlight LANG linenos %}` (Rouge's table).
//!
//! Failures listed in `fixtures/highlight/known-failures.txt` (`LANG/NAME.KIND — reason`)
//! may fail; any other failure fails the test.  `HIGHLIGHT_CASE=substring`
//! runs only the matching cases and shows their diffs.

#![allow(clippy::print_stderr, clippy::print_stdout)]

#[path = "../common/diff.rs"]
mod diff;
mod long;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use diff::diff;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/highlight/cases")
}

/// `case — reason` lines; `#` comments and blank lines are skipped.
fn known_failures() -> BTreeSet<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/highlight/known-failures.txt");
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.split_once(" — ")
                .map_or(l, |(name, _)| name)
                .trim()
                .to_owned()
        })
        .collect()
}

/// The page Jekyll's `highlight` tag makes (`Jekyll::Tags::HighlightBlock#render`
/// and `add_code_tag`), followed by the page's own newline.
fn tag_page(lang: &str, code: &str, linenos: bool) -> String {
    let lang = lang.to_lowercase();
    let code = code
        .trim_start_matches(['\n', '\r'])
        .trim_end_matches(['\n', '\r']);
    let body = hyde_kramdown::highlight_tag(code, &lang, linenos);
    let body = body.strip_suffix('\n').unwrap_or(&body);
    format!(
        "<figure class=\"highlight\"><pre><code class=\"language-{}\" data-lang=\"{lang}\">{body}</code></pre></figure>\n",
        lang.replace('+', "-")
    )
}

/// What hyde makes of one snippet, one way.
fn render(kind: &str, lang: &str, code: &str) -> String {
    match kind {
        "fenced" => hyde_kramdown::to_html(
            &format!("````{lang}\n{code}````\n"),
            &hyde_kramdown::Options::default(),
        ),
        "tag" => tag_page(lang, code, false),
        _ => tag_page(lang, code, true),
    }
}

#[test]
fn highlighting_matches_rouge() {
    let known = known_failures();
    let filter = std::env::var("HIGHLIGHT_CASE").ok();
    let mut snippets: Vec<(String, String)> = Vec::new();
    for lang_dir in fs::read_dir(cases_dir()).into_iter().flatten().flatten() {
        let lang = lang_dir.file_name().to_string_lossy().into_owned();
        for file in fs::read_dir(lang_dir.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let file = file.file_name().to_string_lossy().into_owned();
            if let Some(name) = file.strip_suffix(".txt") {
                snippets.push((lang.clone(), name.to_owned()));
            }
        }
    }
    snippets.sort();
    assert!(
        !snippets.is_empty(),
        "no snippets in {}",
        cases_dir().display()
    );

    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut passed, mut failed) = (0, 0);
    let (mut unexpected, mut fixed) = (Vec::new(), Vec::new());
    for (lang, name) in &snippets {
        let dir = cases_dir().join(lang);
        let code = fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap_or_default();
        for kind in ["fenced", "tag", "linenos"] {
            let case = format!("{lang}/{name}.{kind}");
            if filter.as_deref().is_some_and(|f| !case.contains(f)) {
                continue;
            }
            let expected = fs::read_to_string(dir.join(format!("{name}.{kind}.html")))
                .unwrap_or_else(|_| format!("(no {name}.{kind}.html: run make.py)"));
            let actual = render(kind, lang, &code);
            let counts = per_lang.entry(lang.clone()).or_default();
            if actual == expected {
                passed += 1;
                counts.0 += 1;
                if known.contains(&case) {
                    fixed.push(case);
                }
            } else {
                failed += 1;
                counts.1 += 1;
                if !known.contains(&case) || filter.is_some() {
                    eprintln!(
                        "--- {case} (- Jekyll, + hyde)\n{}",
                        diff(&expected, &actual)
                    );
                }
                if !known.contains(&case) {
                    unexpected.push(case);
                }
            }
        }
    }
    for (lang, (p, f)) in &per_lang {
        println!("  {lang}: {p} passed, {f} failed");
    }
    for case in &fixed {
        eprintln!("{case} passes now: take it off known-failures.txt");
    }
    println!("highlight corpus: {passed} passed, {failed} failed");
    assert!(
        unexpected.is_empty(),
        "unexpected failures: {}",
        unexpected.join(", ")
    );
}
