//! A range assigned or printed (`{% assign r = (1..4) %}{{ r }}`) prints as
//! Ruby prints a `Range` (`1..4`), string filters read it so, it has no
//! `[]` (only `first`, `last` and `size`), and it is the array of its items
//! everywhere else.

use std::path::Path;

use hyde_liquid::{Hash, Value};

use super::{compare, engine, site_source};

#[test]
fn ranges_print_as_jekyll_prints_them() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jekyll");
    let text = std::fs::read_to_string(here.join("ranges.html")).expect("page");
    let expected = std::fs::read_to_string(here.join("ranges.expected.html")).expect("expected");
    let source = site_source();
    let engine = engine(source.path());
    let template = engine.parse(&text, "index.html", 4).expect("parses");
    let mut page = Hash::new();
    page.insert("n".into(), Value::Int(3));
    let mut globals = Hash::new();
    globals.insert("page".into(), Value::hash(page));
    let got = engine.render(&template, &globals).expect("renders");
    compare(&got, &expected);
}

/// Jekyll's filters that call a `String` method on their input fail on a
/// range, and so does the build; the messages are those Jekyll printed
/// (`Liquid Exception: MESSAGE in index.html`).
#[test]
fn string_methods_on_a_range_fail_as_in_jekyll() {
    let source = site_source();
    let engine = engine(source.path());
    for (filter, message) in [
        ("cgi_escape", "no implicit conversion of Range into String"),
        ("uri_escape", "Can't convert Range into String."),
        ("slugify", "undefined method `gsub' for 1..4:Range"),
        ("number_of_words", "undefined method `split' for 1..4:Range"),
        (
            "array_to_sentence_string",
            "undefined method `length' for 1..4:Range",
        ),
        ("strip_index", "undefined method `sub' for 1..4:Range"),
        ("to_integer", "undefined method `to_i' for 1..4:Range"),
        (
            "date_to_xmlschema",
            "Invalid Date: '1..4' is not a valid datetime.",
        ),
    ] {
        let text = format!("{{% assign r = (1..4) %}}{{{{ r | {filter} }}}}");
        let template = engine.parse(&text, "index.html", 3).expect("parses");
        let err = engine.render(&template, &Hash::new()).expect_err(filter);
        assert!(err.to_string().contains(message), "{filter}: {err}");
    }
}
