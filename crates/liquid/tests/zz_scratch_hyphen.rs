//! Temporary exploration harness (not committed).
#![allow(clippy::all, clippy::pedantic, missing_docs)]
use hyde_liquid::{Engine, ErrorMode, Hash, Options, Value};
use std::sync::Arc;

fn to_value(j: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match j {
        J::Null => Value::Nil,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap()),
        },
        J::String(s) => Value::str(s),
        J::Array(a) => Value::array(a.iter().map(to_value).collect()),
        J::Object(o) => Value::hash(o.iter().map(|(k, v)| (k.clone(), to_value(v))).collect()),
    }
}

#[test]
fn scratch() {
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("/tmp/hy/data.json").unwrap()).unwrap();
    let globals = match to_value(&data) {
        Value::Hash(h) => (*h).clone(),
        _ => Hash::new(),
    };
    let mut options = Options::default();
    options.error_mode = ErrorMode::Warn;
    options.timezone = Some(chrono_tz::UTC);
    let engine = Engine::new(options, Arc::new(W));
    for src in std::fs::read_to_string("/tmp/hy/cases.txt")
        .unwrap()
        .lines()
    {
        let r = engine
            .parse(src, "t", 1)
            .and_then(|t| engine.render(&t, &globals));
        match r {
            Ok(s) => eprintln!("{src:?} => {s:?}"),
            Err(e) => eprintln!("{src:?} => ERROR {e}"),
        }
    }
}

struct W;
impl hyde_liquid::Hooks for W {
    fn baseurl(&self) -> &str {
        ""
    }
    fn url(&self) -> &str {
        ""
    }
    fn markdownify(&self, i: &str) -> String {
        i.to_owned()
    }
    fn smartify(&self, i: &str) -> String {
        i.to_owned()
    }
    fn highlight(&self, c: &str, _l: &str, _n: bool) -> String {
        c.to_owned()
    }
    fn post_url(&self, _n: &str) -> Option<String> {
        None
    }
    fn link(&self, _p: &str) -> Option<String> {
        None
    }
    fn warn(&self, m: &str) {
        eprintln!("   W: {m}");
    }
}
