//! hyde-kramdown's Markdown to HTML.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = hyde_kramdown::to_html(text, &hyde_kramdown::Options::default());
});
