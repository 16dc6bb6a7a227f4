//! A range assigned or printed (`{% assign r = (1..4) %}{{ r }}`) prints as
//! Ruby prints a `Range` (`1..4`), and is the array of its items
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
