//! Variable names that start with a literal keyword (`empty_str`, `nil_x`,
//! `true_love`, `blank_lines`, `nullable`): Ruby Liquid reads them as names
//! wherever an expression may stand, where liquid-rust's grammar would read
//! the keyword and stop.

use std::path::Path;
use std::sync::Arc;

use hyde_liquid::{Engine, ErrorMode, Hash, Options, Value};

use super::{RefSite, compare, site_source};

/// Renders `keywords.html` in `error_mode` and compares it with Jekyll's
/// page.
fn renders_as_jekyll(error_mode: ErrorMode) {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let text = std::fs::read_to_string(here.join("keywords.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("keywords.expected.html")).expect("expected");
    let source = site_source();
    let mut options = Options::default();
    options.include_dirs = vec![source.path().join("_includes")];
    options.source_dir = source.path().to_path_buf();
    options.error_mode = error_mode;
    let engine = Engine::new(options, Arc::new(RefSite));
    let template = engine.parse(&text, "index.html", 5).expect("parses");
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("T"));
    page.insert(
        "nullable".into(),
        Value::array(vec![Value::Int(1), Value::Int(2), Value::Int(3)]),
    );
    let mut globals = Hash::new();
    globals.insert("page".into(), Value::hash(page));
    let got = engine.render(&template, &globals).expect("renders");
    compare(&got, &expected);
}

#[test]
fn names_starting_with_a_keyword_are_variables_as_in_jekyll() {
    renders_as_jekyll(ErrorMode::Lax);
}

#[test]
fn names_starting_with_a_keyword_pass_the_strict_parser() {
    // Jekyll's `warn` mode printed no warning for the page: Ruby's strict
    // parser reads all of it.
    renders_as_jekyll(ErrorMode::Strict);
}

#[test]
fn errors_after_such_names_point_at_the_real_line() {
    let source = site_source();
    let engine = super::engine(source.path());
    let template = engine
        .parse(
            "{% assign nil_x = 1 %}{% if true_love or\n nil_x %}\n{{ nil_x | divided_by: 0 }}{% endif %}",
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
