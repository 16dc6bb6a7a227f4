//! kramdown-compatible Markdown: the HTML Jekyll 4.3.1 makes with kramdown 2.4
//! (GFM input through kramdown-parser-gfm 1.1) and Rouge 3.30, byte for byte.
//!
//! ```
//! let html = hyde_kramdown::to_html("# Hello\n\nSome *text*.\n", &hyde_kramdown::Options::default());
//! assert_eq!(html, "<h1 id=\"hello\">Hello</h1>\n\n<p>Some <em>text</em>.</p>\n");
//! ```
//!
//! The parser follows kramdown's own grammar rather than CommonMark's (see
//! the `parser` module); the converter writes HTML the way kramdown's HTML
//! converter does, including its indentation and blank lines.

mod convert;
mod element;
mod entities;
mod highlight;
mod options;
mod parser;
mod scanner;

pub use options::Options;

/// Converts Markdown to HTML as Jekyll's kramdown converter does.
///
/// Never fails: text kramdown cannot make sense of comes out as text.
pub fn to_html(markdown: &str, options: &Options) -> String {
    let doc = parser::parse(markdown, options);
    convert::to_html(&doc)
}

/// The Rouge token markup (`<span class="…">` runs) for the body of a code
/// block in `lang` (`None`: plain text), without Jekyll's wrapper elements.
///
/// Languages without a lexer here come out HTML-escaped, as `plaintext` does in Rouge.
pub fn highlight_code(code: &str, lang: Option<&str>) -> String {
    highlight::tokens(code, lang.unwrap_or("plaintext"))
}
