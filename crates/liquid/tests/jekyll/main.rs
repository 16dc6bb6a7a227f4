//! hyde-liquid against real Jekyll 4.3.1: a page exercising Jekyll's filters
//! and tags, rendered by hyde and compared line by line with what Jekyll
//! wrote (see `README.md` here for how the expected output was produced).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::print_stderr)]

mod keywords;
mod lenient;
mod liquid_rust;
mod ranges;

use std::path::Path;
use std::sync::Arc;

use hyde_liquid::{Engine, Hash, Hooks, Options, Value};
use serde_json::Value as Json;

/// The site the reference page was built in, as hooks.
struct RefSite;

impl Hooks for RefSite {
    fn baseurl(&self) -> &str {
        "/blog"
    }
    fn url(&self) -> &str {
        "https://example.com"
    }
    fn markdownify(&self, input: &str) -> String {
        format!("<p>{input}</p>\n")
    }
    fn highlight(&self, code: &str, lang: &str, linenos: bool) -> String {
        // What Rouge gave Jekyll for the two blocks of the page.
        match (lang, linenos) {
            ("ruby", true) => format!(
                "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n</pre></td><td class=\"code\"><pre><span class=\"n\">{code}</span>\n</pre></td></tr></tbody></table>"
            ),
            _ => code.replace('<', "&lt;") + "\n",
        }
    }
    fn post_url(&self, name: &str) -> Option<String> {
        (name == "2010-07-21-name").then(|| "/2010/07/21/name.html".to_owned())
    }
    fn link(&self, path: &str) -> Option<String> {
        match path {
            "docs/rel.txt" => Some("/docs/rel.txt".to_owned()),
            "_posts/2010-07-21-name.md" => Some("/2010/07/21/name.html".to_owned()),
            _ => None,
        }
    }
}

fn to_value(j: &Json) -> Value {
    match j {
        Json::Null => Value::Nil,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::str(s),
        Json::Array(a) => Value::array(a.iter().map(to_value).collect()),
        Json::Object(o) => Value::hash(o.iter().map(|(k, v)| (k.clone(), to_value(v))).collect()),
    }
}

fn data(dir: &Path, name: &str) -> Value {
    let text = std::fs::read_to_string(dir.join(name)).expect("data file");
    let json: Json = serde_json::from_str(&text).expect("valid JSON");
    // Jekyll reads `3.0` in JSON as a Float; serde_json agrees.
    to_value(&json)
}

/// A site source with the includes and files of the reference site.
fn site_source() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("_includes/dir")).expect("mkdir");
    std::fs::create_dir_all(root.join("docs")).expect("mkdir");
    std::fs::write(
        root.join("_includes/greet.html"),
        "G[{{ include.name }}|{{ include.n }}|{{ include.v }}|{{ include.t }}]",
    )
    .expect("write");
    std::fs::write(root.join("_includes/dir/x.html"), "X{{ include.a }}").expect("write");
    std::fs::write(root.join("docs/rel.txt"), "R{{ page.title }}").expect("write");
    std::fs::write(
        root.join("_includes/nest.html"),
        "N[{{ include.x }}]{% include greet.html name=include.x %}",
    )
    .expect("write");
    std::fs::write(
        root.join("_includes/loopy.html"),
        "{{ include.name }}:{{ forloop.index }};",
    )
    .expect("write");
    dir
}

fn engine(source: &Path) -> Engine {
    let mut options = Options::default();
    options.include_dirs = vec![source.join("_includes")];
    options.source_dir = source.to_path_buf();
    options.timezone = Some(chrono_tz::UTC);
    Engine::new(options, Arc::new(RefSite))
}

fn globals(here: &Path, page: Hash) -> Hash {
    let mut site_data = Hash::new();
    site_data.insert("items".into(), data(here, "items.json"));
    site_data.insert("h".into(), data(here, "h.json"));
    let mut site = Hash::new();
    site.insert("data".into(), Value::hash(site_data));
    let mut g = Hash::new();
    g.insert("site".into(), Value::hash(site));
    g.insert("page".into(), Value::hash(page));
    g
}

#[test]
fn page_renders_as_jekyll_renders_it() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let source = site_source();
    let engine = engine(source.path());
    let template_text = std::fs::read_to_string(here.join("page.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("page.expected.html")).expect("expected");
    let template = engine.parse(&template_text, "t.html", 6).expect("parses");
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("T"));
    page.insert("num".into(), Value::Int(7));
    page.insert("path".into(), Value::str("t.html"));
    let got = engine
        .render(&template, &globals(&here, page))
        .expect("renders");
    let mut diffs = Vec::new();
    for (i, (g, e)) in got.split('\n').zip(expected.split('\n')).enumerate() {
        if g != e {
            diffs.push(format!(
                "output line {}:\n  jekyll: {e}\n  hyde:   {g}",
                i + 1
            ));
        }
    }
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    assert_eq!(got, expected);
}

fn compare(got: &str, expected: &str) {
    let mut diffs = Vec::new();
    for (i, (g, e)) in got.split('\n').zip(expected.split('\n')).enumerate() {
        if g != e {
            diffs.push(format!(
                "output line {}:\n  jekyll: {e}\n  hyde:   {g}",
                i + 1
            ));
        }
    }
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    assert_eq!(got, expected);
}

#[test]
fn second_page_renders_as_jekyll_renders_it() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let source = site_source();
    let engine = engine(source.path());
    let text = std::fs::read_to_string(here.join("page2.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("page2.expected.html")).expect("expected");
    let template = engine.parse(&text, "t2.html", 10).expect("parses");
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("Ünïcode title"));
    page.insert(
        "arr".into(),
        Value::array(vec![
            Value::Int(1),
            Value::array(vec![Value::Int(2), Value::Int(3)]),
            Value::str("x"),
            Value::Nil,
            Value::Float(1.1),
        ]),
    );
    page.insert("flt".into(), Value::Float(1.1));
    page.insert("empty_s".into(), Value::str(""));
    let got = engine
        .render(&template, &globals(&here, page))
        .expect("renders");
    compare(&got, &expected);
}

#[test]
fn include_relative_resolves_from_the_page() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let source = site_source();
    let engine = engine(source.path());
    let template = engine
        .parse("{% include_relative rel.txt %}\n", "docs/page.html", 4)
        .expect("parses");
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("Rel"));
    page.insert("path".into(), Value::str("docs/page.html"));
    let got = engine
        .render(&template, &globals(&here, page))
        .expect("renders");
    assert_eq!(got, "RRel\n");
}

#[test]
fn a_missing_include_names_the_file_and_line() {
    let source = site_source();
    let engine = engine(source.path());
    let template = engine
        .parse("a\n\n{% include nope.html %}", "index.html", 3)
        .expect("parses");
    let err = engine.render(&template, &Hash::new()).expect_err("fails");
    let location = err.location();
    assert_eq!(
        (location.file.as_str(), location.line),
        ("index.html", Some(5))
    );
    assert!(err.to_string().starts_with(
        "Liquid Exception: Could not locate the included file 'nope.html' in any of ["
    ));
}

#[test]
fn includes_may_not_leave_their_directory() {
    let source = site_source();
    let engine = engine(source.path());
    let template = engine
        .parse("{% include ../docs/rel.txt %}", "index.html", 1)
        .expect("parses");
    let err = engine.render(&template, &Hash::new()).expect_err("fails");
    assert!(
        err.to_string()
            .contains("Invalid syntax for include tag. File contains invalid characters")
    );
}

#[test]
fn an_include_loop_is_an_error_not_a_crash() {
    let source = site_source();
    std::fs::write(
        source.path().join("_includes/loop.html"),
        "{% include loop.html %}",
    )
    .expect("write");
    let engine = engine(source.path());
    let template = engine
        .parse("{% include loop.html %}", "index.html", 1)
        .expect("parses");
    let err = engine.render(&template, &Hash::new()).expect_err("fails");
    assert!(
        matches!(err, hyde_liquid::Error::IncludeLoop { .. }),
        "{err}"
    );
}

#[test]
fn syntax_errors_point_at_the_real_line() {
    let source = site_source();
    let engine = engine(source.path());
    let err = engine
        .parse("ok\n{% nosuchtag %}", "about.md", 5)
        .expect_err("fails");
    // The location is the file's line; the message counts from the template's
    // start, as Jekyll does.
    assert_eq!(err.location().line, Some(6));
    assert!(
        err.to_string()
            .starts_with("Liquid Exception: Liquid syntax error (line 2):"),
        "{err}"
    );
}

#[test]
fn templates_render_in_parallel() {
    let source = site_source();
    let engine = Arc::new(engine(source.path()));
    let template = Arc::new(
        engine
            .parse("{% include greet.html name=page.n %}", "x.html", 1)
            .expect("parses"),
    );
    let handles: Vec<_> = (0..4)
        .map(|n| {
            let (engine, template) = (engine.clone(), template.clone());
            std::thread::spawn(move || {
                let mut page = Hash::new();
                page.insert("n".into(), Value::Int(n));
                let mut g = Hash::new();
                g.insert("page".into(), Value::hash(page));
                engine.render(&template, &g).expect("renders")
            })
        })
        .collect();
    for (n, h) in handles.into_iter().enumerate() {
        assert_eq!(h.join().expect("thread"), format!("G[{n}|||]"));
    }
}

/// A plugin tag, as jekyll-seo-tag's `seo` would be.
struct Shout;

impl hyde_liquid::Tag for Shout {
    fn name(&self) -> &str {
        "shout"
    }
    fn render(&self, markup: &str, context: &hyde_liquid::Context<'_>) -> Result<String, String> {
        let who = context.get("page.title").to_ruby_string();
        Ok(format!("{}, {who}!", markup.trim().to_uppercase()))
    }
}

/// A plugin filter.
struct Twice;

impl hyde_liquid::Filter for Twice {
    fn name(&self) -> &str {
        "twice"
    }
    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        Ok(Value::from(input.to_ruby_string().repeat(2)))
    }
}

#[test]
fn plugins_add_tags_and_filters() {
    let engine = Engine::builder(Options::default(), Arc::new(RefSite))
        .tag(Arc::new(Shout))
        .filter(Arc::new(Twice))
        .build();
    let template = engine
        .parse("{% shout hi there/you %} {{ 'ab' | twice }}", "x.html", 1)
        .expect("parses");
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("T"));
    let mut g = Hash::new();
    g.insert("page".into(), Value::hash(page));
    assert_eq!(
        engine.render(&template, &g).expect("renders"),
        "HI THERE/YOU, T! abab"
    );
}

#[test]
fn render_errors_name_the_line() {
    let source = site_source();
    let engine = engine(source.path());
    let template = engine
        .parse(
            "a\n{% if true %}\n  {{ 1 | divided_by: 0 }}\n{% endif %}",
            "x.html",
            3,
        )
        .expect("parses");
    let err = engine.render(&template, &Hash::new()).expect_err("fails");
    assert_eq!(err.location().line, Some(5));
    assert_eq!(
        err.to_string(),
        "Liquid Exception: Liquid error (line 3): divided by 0 in x.html"
    );
}

#[test]
fn conditions_strict_parsing_rejects_read_as_jekyll_reads_them() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let source = site_source();
    let engine = engine(source.path());
    let text = std::fs::read_to_string(here.join("conditions.html")).expect("page");
    let expected =
        std::fs::read_to_string(here.join("conditions.expected.html")).expect("expected");
    let template = engine.parse(&text, "index.html", 7).expect("parses");
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("T"));
    page.insert("author".into(), Value::str("Caitlin Perry"));
    page.insert("n".into(), Value::Int(5));
    page.insert(
        "tags".into(),
        Value::array(vec![Value::str("a"), Value::str("b")]),
    );
    let got = engine
        .render(&template, &globals(&here, page))
        .expect("renders");
    compare(&got, &expected);
}

#[test]
fn utc_times_and_zone_names_print_as_jekyll_prints_them() {
    use chrono::{DateTime, TimeZone};
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let text = std::fs::read_to_string(here.join("times.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("times.expected.html")).expect("expected");
    let mut options = Options::default();
    options.timezone = Some(chrono_tz::America::New_York);
    let engine = Engine::new(options, Arc::new(RefSite));
    let template = engine.parse(&text, "index.html", 3).expect("parses");
    let time = |s: &str| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f %z").expect("time");
    let mut t = Hash::new();
    t.insert(
        "z".into(),
        Value::TimeUtc(chrono::Utc.with_ymd_and_hms(2023, 1, 2, 3, 4, 5).unwrap()),
    );
    t.insert(
        "zf".into(),
        Value::TimeUtc(time("2023-01-02 03:04:05.5 +0000").to_utc()),
    );
    t.insert(
        "false".into(),
        Value::Time(time("2023-01-02 03:04:05 +0530")),
    );
    t.insert(
        "zero".into(),
        Value::Time(time("2023-01-02 03:04:05 +0000")),
    );
    t.insert(
        "local".into(),
        Value::Time(time("2023-01-01 22:04:05 -0500")),
    );
    t.insert(
        "d".into(),
        Value::Date(chrono::NaiveDate::from_ymd_opt(2023, 1, 2).unwrap()),
    );
    let mut data = Hash::new();
    data.insert("t".into(), Value::hash(t));
    let mut site = Hash::new();
    site.insert("data".into(), Value::hash(data));
    site.insert(
        "time".into(),
        Value::Time(time("2023-11-14 17:13:20 -0500")),
    );
    let mut globals = Hash::new();
    globals.insert("site".into(), Value::hash(site));
    let got = engine.render(&template, &globals).expect("renders");
    compare(&got, &expected);
}

/// A hash from `(key, value)` pairs, in order.
fn hash<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    Value::hash(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

#[test]
fn hashes_keep_their_order_and_tablerow_its_newlines() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let source = site_source();
    std::fs::write(
        source.path().join("_includes/j.html"),
        "{{ include.h | jsonify }}|{{ include.h | inspect }}",
    )
    .expect("write");
    let engine = engine(source.path());
    let text = std::fs::read_to_string(here.join("hashes.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("hashes.expected.html")).expect("expected");
    let template = engine.parse(&text, "index.html", 4).expect("parses");
    let strs = |s: &[&str]| Value::array(s.iter().copied().map(Value::str).collect());
    let m = hash([
        (
            "base",
            hash([
                ("a", Value::Int(1)),
                ("b", Value::Int(2)),
                ("z", Value::Int(0)),
            ]),
        ),
        (
            "merged",
            hash([
                ("a", Value::Int(1)),
                ("b", Value::Int(3)),
                ("z", Value::Int(0)),
                ("c", Value::Int(4)),
            ]),
        ),
        (
            "people",
            Value::array(vec![
                hash([
                    ("name", Value::str("Ada")),
                    ("team", Value::str("math")),
                    ("age", Value::Int(36)),
                    ("tags", strs(&["a", "b"])),
                ]),
                hash([
                    ("name", Value::str("Bob")),
                    ("team", Value::str("cs")),
                    ("age", Value::Int(20)),
                    ("tags", strs(&[])),
                ]),
                hash([
                    ("name", Value::str("Cy")),
                    ("team", Value::str("math")),
                    ("age", Value::Int(50)),
                ]),
            ]),
        ),
    ]);
    let mut page = Hash::new();
    page.insert(
        "h".into(),
        hash([
            ("zeta", Value::Int(1)),
            ("alpha", Value::Int(2)),
            ("mid", hash([("y", Value::Int(1)), ("x", Value::Int(2))])),
        ]),
    );
    let mut site = Hash::new();
    site.insert("data".into(), hash([("m", m)]));
    let mut globals = Hash::new();
    globals.insert("site".into(), Value::hash(site));
    globals.insert("page".into(), Value::hash(page));
    let got = engine.render(&template, &globals).expect("renders");
    compare(&got, &expected);
}
