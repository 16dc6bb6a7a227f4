//! Every Rouge 3.30 lexer on its own demo (`../shared/fixtures/rouge-demos`), highlighted
//! as real Jekyll 4.3.1 highlighted it, byte for byte, two ways per lexer:
//!
//! * `LANG.md`: the demo in a `~~~ LANG` fenced block, converted by kramdown;
//! * `tag/LANG.html`: the demo in `{% highlight LANG linenos %}{% raw %}…{% endraw %}`.
//!
//! Pages listed in `fixtures/rouge-demos-known-failures.txt` may differ (the list only
//! shrinks); every other page must match. `ROUGE_DEMO=substring` checks only the matching
//! pages and prints their diffs. The fixture lives in `../shared`: without it the test
//! fails under CI (`CI` set) and is skipped with a message elsewhere.

#![allow(clippy::print_stderr, clippy::print_stdout)]

#[path = "../common/diff.rs"]
mod diff;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn demos_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/rouge-demos")
}

/// Page names (`awk.html`, `tag/awk.html`) allowed to differ, one a line, `— reason` after.
fn known_failures() -> BTreeSet<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/rouge-demos-known-failures.txt");
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split(" — ").next().unwrap_or(l).trim().to_owned())
        .collect()
}

/// The body of a page after its front matter.
fn body(page: &str) -> &str {
    let rest = page.strip_prefix("---\n").unwrap_or(page);
    match rest.find("\n---\n") {
        Some(i) => &rest[i + 5..],
        None => page,
    }
}

/// What Jekyll's `highlight` tag makes of `{% highlight LANG linenos %}{% raw %}CODE{% endraw %}{% endhighlight %}`.
fn tag_page(source: &str) -> Option<String> {
    let source = body(source);
    let open_end = source.find("%}")?;
    let markup = source[..open_end].trim_start_matches("{%").trim();
    let mut words = markup.split_whitespace().skip(1);
    let lang = words.next()?.to_lowercase();
    let linenos = words.any(|w| w == "linenos");
    let inner = &source[open_end + 2..];
    let inner = inner.strip_prefix("{% raw %}").unwrap_or(inner);
    let end = inner.rfind("{% endraw %}")?;
    let code = inner[..end]
        .trim_start_matches(['\n', '\r'])
        .trim_end_matches(['\n', '\r']);
    let html = hyde_kramdown::highlight_tag(code, &lang, linenos);
    let html = html.strip_suffix('\n').unwrap_or(&html);
    Some(format!(
        "<figure class=\"highlight\"><pre><code class=\"language-{}\" data-lang=\"{lang}\">{html}</code></pre></figure>\n",
        lang.replace('+', "-")
    ))
}

#[test]
fn every_rouge_demo_is_highlighted_as_jekyll_does() {
    let dir = demos_dir();
    if !dir.is_dir() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing: the rouge-demos fixture comes from ../shared",
            dir.display()
        );
        eprintln!("skipped: {} is missing", dir.display());
        return;
    }
    let known = known_failures();
    let filter = std::env::var("ROUGE_DEMO").ok();
    let options = hyde_kramdown::Options::default();
    let mut pages: Vec<(String, String)> = Vec::new();
    for entry in fs::read_dir(dir.join("site"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(lang) = name.strip_suffix(".md") {
            let source = fs::read_to_string(entry.path()).unwrap_or_default();
            pages.push((
                format!("{lang}.html"),
                hyde_kramdown::to_html(body(&source).trim_start_matches('\n'), &options),
            ));
        }
    }
    for entry in fs::read_dir(dir.join("site/tag"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let source = fs::read_to_string(entry.path()).unwrap_or_default();
        let html = tag_page(&source).unwrap_or_default();
        pages.push((format!("tag/{name}"), html));
    }
    pages.sort();
    assert!(pages.len() >= 434, "only {} demo pages found", pages.len());
    let (mut same, mut differ, mut unexpected, mut fixed) = (0, 0, Vec::new(), Vec::new());
    for (name, actual) in &pages {
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        let expected = fs::read_to_string(dir.join("expected").join(name)).unwrap_or_default();
        if expected == *actual {
            same += 1;
            if known.contains(name) {
                fixed.push(name.clone());
            }
        } else {
            differ += 1;
            if filter.is_some() {
                println!("--- {name}\n{}", diff::diff(&expected, actual));
            }
            if !known.contains(name) {
                unexpected.push(name.clone());
            }
        }
    }
    println!("rouge-demos: {same} identical, {differ} differ");
    assert!(
        unexpected.is_empty(),
        "pages that differ from Jekyll's and are not known failures: {unexpected:?}"
    );
    if filter.is_none() {
        assert!(
            fixed.is_empty(),
            "now identical: remove from fixtures/rouge-demos-known-failures.txt: {fixed:?}"
        );
    }
}
