//! hyde-sass's entry: a SCSS (or, with a leading `\t`, indented Sass) page to CSS.
#![no_main]

use std::path::Path;

use hyde_sass::{SassOptions, Syntax};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (syntax, text, name) = match text.strip_prefix('\t') {
        Some(rest) => (Syntax::Sass, rest, "fuzz.sass"),
        None => (Syntax::Scss, text, "fuzz.scss"),
    };
    let site = Path::new("/nonexistent-fuzz-site");
    let options = SassOptions::from_config(None, site, None);
    let _ = hyde_sass::convert(text, syntax, &site.join(name), &options);
});
