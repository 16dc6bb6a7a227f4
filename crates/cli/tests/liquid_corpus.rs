//! The generated Liquid corpus (`fixtures/liquid-corpus/generate.py`), case by
//! case. The golden test compares the `liquid-corpus-*` sites whole, and one
//! Liquid error stops a whole build there; here every case is rendered on its
//! own in its site (as `hyde render -s SITE` does), so each difference is
//! counted and named:
//!
//! * every case of a `liquid-corpus-*/site/p*.html` page is rendered and its
//!   output compared with what Jekyll wrote for it in `expected/`;
//! * every case of `liquid-corpus/errors.tsv` (a Liquid exception in real
//!   Jekyll) must be an error in hyde too.
//!
//! `fixtures/liquid-corpus/known-differences.txt` lists the case ids hyde is
//! known to render differently (each explained in docs/compat.md); a listed
//! case that matches fails the test, so the list only shrinks. With
//! `HYDE_CORPUS_REPORT=FILE` every difference is written to FILE.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::unwrap_used,
    clippy::expect_used
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use hyde::liquid::Hash;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// `[ID]text[/ID]\n` spans of a page, by id.
fn cases_in(text: &str, into: &mut BTreeMap<String, String>) {
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        rest = &rest[start..];
        let id_end = rest.find(']').unwrap_or(0);
        let id = &rest[1..id_end.max(1)];
        let is_id = id.len() == 5
            && id.as_bytes()[0].is_ascii_lowercase()
            && id[1..].bytes().all(|b| b.is_ascii_digit());
        if !is_id {
            rest = &rest[1..];
            continue;
        }
        let close = format!("[/{id}]\n");
        let body = &rest[id_end + 1..];
        match body.find(&close) {
            Some(end) => {
                into.insert(id.to_owned(), body[..end].to_owned());
                rest = &body[end + close.len()..];
            }
            None => rest = &rest[1..],
        }
    }
}

/// The corpus pages `p*.html` of a folder, sorted.
fn page_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with('p') && name.ends_with(".html")
        })
        .collect();
    files.sort();
    files
}

fn pages(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for path in page_files(dir) {
        let bytes = fs::read(&path).unwrap();
        cases_in(&String::from_utf8_lossy(&bytes), &mut out);
    }
    out
}

fn load_site(source: &Path) -> hyde::Site {
    let mut options = hyde::BuildOptions::new(source);
    options.time_epoch = Some(1_700_000_000);
    hyde::Site::load(&options).unwrap_or_else(|e| panic!("{}: {e}", source.display()))
}

/// Renders `src` with `site.*` and a `page` holding the corpus page's
/// title and URL (page `n`; the golden test checks the whole page object).
fn render(site: &hyde::Site, src: &str, n: usize) -> Result<String, String> {
    let mut page = Hash::new();
    page.insert(
        "title".into(),
        hyde::liquid::Value::str(format!("Page {n}")),
    );
    page.insert(
        "url".into(),
        hyde::liquid::Value::str(format!("/p{n:03}.html")),
    );
    let mut vars = Hash::new();
    vars.insert("page".into(), hyde::liquid::Value::hash(page));
    site.render_liquid(src, "case.html", &vars, &|_| {})
        .map(|(out, _)| out)
        .map_err(|e| e.to_string())
}

fn listed(path: &Path) -> BTreeSet<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn every_corpus_case_renders_like_jekyll() {
    let fixtures = fixtures_dir();
    let corpus = fixtures.join("liquid-corpus");
    let known = listed(&corpus.join("known-differences.txt"));
    // Cases that print today's date: they match only on the day they were blessed.
    let clock = listed(&corpus.join("clock.txt"));
    let mut report = String::new();
    let (mut total, mut same) = (0usize, 0usize);
    let mut differing = BTreeSet::new();
    let mut sites = Vec::new();
    let mut names: Vec<_> = fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("liquid-corpus-"))
        .collect();
    names.sort();
    for name in &names {
        let root = fixtures.join(name);
        let site = load_site(&root.join("site"));
        let sources = pages(&root.join("site"));
        let expected = pages(&root.join("expected"));
        // Each page whole, as Jekyll renders it (cycle, increment and
        // ifchanged carry over from case to case); a page hyde cannot
        // render, case by case.
        let mut whole = BTreeMap::new();
        let mut page_of = BTreeMap::new();
        for (n, page) in page_files(&root.join("site")).iter().enumerate() {
            let text = fs::read_to_string(page).unwrap();
            let body = text.splitn(3, "---\n").nth(2).unwrap_or("");
            let mut ids = BTreeMap::new();
            cases_in(body, &mut ids);
            for id in ids.keys() {
                page_of.insert(id.clone(), n + 1);
            }
            if let Ok(out) = render(&site, body, n + 1) {
                cases_in(&out, &mut whole);
            }
        }
        let mut n_same = 0;
        let expected: BTreeMap<_, _> = expected
            .into_iter()
            .filter(|(id, _)| !clock.contains(id))
            .collect();
        for (id, want) in &expected {
            let src = &sources[id];
            let got = match whole.get(id) {
                Some(out) => Ok(out.clone()),
                None => render(&site, src, page_of[id]),
            };
            if got.as_deref() == Ok(want.as_str()) {
                n_same += 1;
            } else {
                differing.insert(id.clone());
                let _ = writeln!(
                    report,
                    "== {id}\nsrc:    {src:?}\njekyll: {want:?}\nhyde:   {got:?}"
                );
            }
        }
        println!("{name}: {} cases, {n_same} identical", expected.len());
        total += expected.len();
        same += n_same;
        sites.push(site);
    }
    // Jekyll's errors: hyde must fail too.
    let errors = fs::read_to_string(corpus.join("errors.tsv")).unwrap();
    let (mut n_err, mut n_err_same) = (0usize, 0usize);
    for line in errors.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(message), Some(src)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let src: String = serde_json::from_str(src).unwrap();
        let site = match id.as_bytes()[0] {
            b'd' => &sites[0],
            b'f' => &sites[1],
            b'p' => &sites[2],
            _ => &sites[3],
        };
        n_err += 1;
        match render(site, &src, 1) {
            Err(_) => n_err_same += 1,
            Ok(out) => {
                differing.insert(id.to_owned());
                let _ = writeln!(
                    report,
                    "== {id}\nsrc:    {src:?}\njekyll: error {message}\nhyde:   {out:?}"
                );
            }
        }
    }
    println!("errors.tsv: {n_err} cases, {n_err_same} errors in hyde too");
    let all = total + n_err;
    let all_same = same + n_err_same;
    println!(
        "total {all}, identical {all_same} ({:.2}%)",
        100.0 * all_same as f64 / all.max(1) as f64
    );
    if let Ok(path) = std::env::var("HYDE_CORPUS_REPORT") {
        fs::write(path, &report).unwrap();
    }
    let unknown: Vec<_> = differing.difference(&known).collect();
    let fixed: Vec<_> = known.difference(&differing).collect();
    assert!(
        unknown.is_empty() && fixed.is_empty(),
        "differences not in known-differences.txt: {unknown:?}\n\
         listed but now identical (remove them): {fixed:?}\n{report}"
    );
}
