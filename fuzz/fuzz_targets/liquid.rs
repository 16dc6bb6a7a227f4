//! hyde-liquid's front end, parser and renderer with a small context.
#![no_main]

use std::sync::Arc;

use hyde_liquid::{Engine, Hash, NoSite, Options, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let engine = Engine::new(Options::default(), Arc::new(NoSite));
    let Ok(template) = engine.parse(text, "fuzz.html", 1) else {
        return;
    };
    let mut page = Hash::new();
    page.insert("title".into(), Value::str("A <b>title</b>"));
    page.insert(
        "tags".into(),
        Value::array(vec![Value::str("b"), Value::str("a"), Value::Int(3)]),
    );
    page.insert("n".into(), Value::Int(7));
    page.insert("f".into(), Value::Float(2.5));
    let mut globals = Hash::new();
    globals.insert("page".into(), Value::hash(page));
    globals.insert("items".into(), Value::array((0..5).map(Value::Int).collect()));
    let _ = engine.render(&template, &globals);
});
