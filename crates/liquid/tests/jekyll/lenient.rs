//! What Ruby Liquid and Jekyll let through that a strict reading would not
//! (the iiif.io site relies on all three): hyphenated keys such as
//! `site.data.old.2019-conference-submissions` (also in `case`, `when` and
//! `cycle`, which Ruby always reads the lax way), `for` tags with a stray
//! filter (`{% for x in items | limit: 3 %}`), and dates found inside free
//! text by Ruby's `Time.parse` (`date: Last updated 2025-01-29`).

use std::path::Path;
use std::sync::{Arc, Mutex};

use hyde_liquid::{Engine, ErrorMode, Hash, Hooks, Options, Value};

use super::{RefSite, compare, data};

/// The reference site's hooks, keeping the warnings.
#[derive(Default)]
struct Recorder(Mutex<Vec<String>>);

impl Hooks for Recorder {
    fn baseurl(&self) -> &str {
        RefSite.baseurl()
    }
    fn url(&self) -> &str {
        RefSite.url()
    }
    fn markdownify(&self, input: &str) -> String {
        RefSite.markdownify(input)
    }
    fn smartify(&self, input: &str) -> String {
        RefSite.smartify(input)
    }
    fn highlight(&self, code: &str, lang: &str, linenos: bool) -> String {
        RefSite.highlight(code, lang, linenos)
    }
    fn post_url(&self, name: &str) -> Option<String> {
        RefSite.post_url(name)
    }
    fn link(&self, path: &str) -> Option<String> {
        RefSite.link(path)
    }
    fn warn(&self, topic: &str, message: &str) {
        self.0
            .lock()
            .expect("not poisoned")
            .push(format!("{topic} {message}"));
    }
}

fn site_data(dir: &Path) -> Value {
    let mut old = Hash::new();
    old.insert(
        "2019-conference-submissions".into(),
        data(dir, "old/2019-conference-submissions.json"),
    );
    old.insert("2019".into(), data(dir, "old/2019.json"));
    let mut site_data = Hash::new();
    site_data.insert("my-file".into(), data(dir, "my-file.json"));
    site_data.insert("nums".into(), data(dir, "nums.json"));
    site_data.insert("old".into(), Value::hash(old));
    Value::hash(site_data)
}

#[test]
fn hyphenated_keys_lax_for_tags_and_dates_in_text_work_as_in_jekyll() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let text = std::fs::read_to_string(here.join("lenient.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("lenient.expected.html")).expect("expected");
    let warnings = std::fs::read_to_string(here.join("lenient.warnings.txt")).expect("warnings");
    let hooks = Arc::new(Recorder::default());
    let mut options = Options::default();
    options.timezone = Some(chrono_tz::UTC);
    options.error_mode = ErrorMode::Warn;
    let engine = Engine::new(options, hooks.clone());
    // Liquid numbers the lines of the body in its warnings, as Jekyll does.
    let template = engine.parse(&text, "index.html", 1).expect("parses");
    let mut page = Hash::new();
    for (key, value) in [
        ("title", "T"),
        ("paper", "p2"),
        ("updated", "Last updated 2025-01-29"),
        ("when", "Friday, 5 January 2024 10:30pm"),
        ("stamp", "2024-01-05 10:30:15 +0100"),
        ("nonsense", "not a date"),
    ] {
        page.insert(key.into(), Value::str(value));
    }
    page.insert("limit".into(), Value::Int(2));
    let mut site = Hash::new();
    site.insert("data".into(), site_data(&here.join("lenient-data")));
    let mut globals = Hash::new();
    globals.insert("site".into(), Value::hash(site));
    globals.insert("page".into(), Value::hash(page));
    let got = engine.render(&template, &globals).expect("renders");
    compare(&got, &expected);
    let got = hooks.0.lock().expect("not poisoned").join("\n");
    compare(&got, warnings.trim_end());
}

#[test]
fn jekyll_date_filters_reject_text_without_a_date() {
    let mut options = Options::default();
    options.timezone = Some(chrono_tz::UTC);
    let engine = Engine::new(options, Arc::new(RefSite));
    let template = engine
        .parse("{{ page.nonsense | date_to_xmlschema }}", "index.html", 1)
        .expect("parses");
    let mut page = Hash::new();
    page.insert("nonsense".into(), Value::str("not a date"));
    let mut globals = Hash::new();
    globals.insert("page".into(), Value::hash(page));
    let err = engine.render(&template, &globals).expect_err("fails");
    // What Jekyll 4.3.1 stopped the build with.
    assert_eq!(
        err.to_string(),
        "Liquid Exception: Invalid Date: '\"not a date\"' is not a valid datetime. in index.html"
    );
}

// Jekyll 4.3.1 printed one warning for this page (its own markup): none for
// the include's, none for the filter it does not know.
#[test]
fn only_the_page_s_own_markup_is_warned_about() {
    let source = tempfile::tempdir().expect("temp dir");
    let includes = source.path().join("_includes");
    std::fs::create_dir_all(&includes).expect("mkdir");
    std::fs::write(
        includes.join("h.html"),
        r#"{{ site.data.old.2019-x | size }}|{{ "a" | nope }}"#,
    )
    .expect("write");
    let hooks = Arc::new(Recorder::default());
    let mut options = Options::default();
    options.include_dirs = vec![includes];
    options.source_dir = source.path().to_path_buf();
    options.error_mode = ErrorMode::Warn;
    let engine = Engine::new(options, hooks.clone());
    let template = engine
        .parse(
            r#"{% include h.html %}|{{ "b" | nope }}|{{ page.x.1-y }}"#,
            "index.html",
            1,
        )
        .expect("parses");
    let got = engine.render(&template, &Hash::new()).expect("renders");
    assert_eq!(got, "0|a|b|");
    assert_eq!(
        *hooks.0.lock().expect("not poisoned"),
        [
            r#"Liquid Warning: Liquid syntax error (line 1): Expected id but found number in "{{ page.x.1-y }}" in index.html"#
        ]
    );
}
