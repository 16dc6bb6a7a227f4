//! kramdown-compatible Markdown: the HTML Jekyll 4.3.1 makes with kramdown 2.4
//! (GFM input through kramdown-parser-gfm 1.1) and Rouge 3.30, byte for byte.
//!
//! ```
//! let html = hyde_kramdown::to_html("# Hello\n\nSome *text*.\n", &hyde_kramdown::Options::default());
//! assert_eq!(html, "<h1 id=\"hello\">Hello</h1>\n\n<p>Some <em>text</em>.</p>\n");
//! ```
//!
//! # How
//!
//! kramdown is not CommonMark: where a paragraph ends, how list items indent,
//! lazy lines, raw HTML blocks, IALs (`{: .class}`), ALDs, `{:toc}`,
//! extensions, header ids, smart quotes all follow its own rules, and its HTML
//! converter lays the output out in its own way (blank lines kept, two-space
//! indentation in lists, tables, footnotes).  So the `parser` module follows
//! kramdown's grammar — block parsers tried in kramdown's order at each line,
//! span parsers found by their start patterns, with Ruby's `StringScanner`
//! semantics — and builds kramdown's element tree; the `convert` module writes
//! it the way kramdown's HTML converter does.
//!
//! Code is highlighted as Jekyll configures Rouge: fenced blocks and spans get
//! `language-…` and `highlighter-rouge` classes and the token markup of Rouge
//! 3.30's lexer for their language (every one of its 217 lexers, by name or
//! alias).  A language may carry lexer options after a `?`, read as Rouge's
//! `Lexer.find_fancy` reads them (`php?start_inline=1`,
//! `console?lang=ruby&prompt=>>`, `erb?parent=json`); `syntax_highlighter_opts`
//! sets `default_lang` (options and all), and its `block` and `span` hashes
//! set `default_lang`, `guess_lang` and `disable` for one kind of code.
//! Languages Rouge does not know get `<pre><code class="language-…">` without
//! highlighting, as in Jekyll.
//!
//! # CommonMark
//!
//! [`commonmark_to_html`] is Jekyll's other Markdown converter, `markdown:
//! CommonMark` (the jekyll-commonmark plugin): CommonMark parsed by
//! pulldown-cmark, written as commonmarker's HTML renderer writes it, code
//! blocks highlighted with the same Rouge lexers.
//!
//! # Options
//!
//! [`Options::default`] is Jekyll's default `kramdown:` configuration; apply a
//! site's `kramdown:` settings with [`Options::set`] (flatten
//! `syntax_highlighter_opts` into its keys, e.g. `default_lang`, and pass the
//! site's top-level `highlighter` as `syntax_highlighter`).

mod commonmark;
mod convert;
mod element;
mod entities;
mod highlight;
mod options;
mod parser;
mod scanner;

pub use commonmark::{CommonMarkOptions, commonmark_to_html};
pub use options::Options;

/// The character an HTML 4 named character reference stands for (`rsquo` is
/// `’`, `apos` is `'`); `None` for a name outside that set.
///
/// ```
/// assert_eq!(hyde_kramdown::html_entity("hellip"), Some('…'));
/// assert_eq!(hyde_kramdown::html_entity("nope"), None);
/// ```
pub fn html_entity(name: &str) -> Option<char> {
    entities::Entity::by_name(name).and_then(entities::Entity::char)
}

/// Converts Markdown to HTML as Jekyll's kramdown converter does.
///
/// Never fails: text kramdown cannot make sense of comes out as text.
pub fn to_html(markdown: &str, options: &Options) -> String {
    let doc = parser::parse(markdown, options);
    convert::to_html(&doc)
}

/// Jekyll's `smartify`: `input` through the SmartyPants parser Jekyll defines
/// on kramdown (`Kramdown::Document.new(input, input: "SmartyPants", …).to_html`,
/// chomped): typographic quotes, dashes and ellipses, HTML entities and tags
/// left alone, no Markdown.
///
/// ```
/// let out = hyde_kramdown::smartify("\"Quoted\" -- and ... it's", &hyde_kramdown::Options::default());
/// assert_eq!(out, "“Quoted” – and … it’s");
/// ```
pub fn smartify(input: &str, options: &Options) -> String {
    let doc = parser::smarty_pants::parse(input, options);
    let mut html = convert::to_html(&doc);
    if html.ends_with('\n') {
        html.pop();
    }
    html
}

/// The Rouge token markup (`<span class="…">` runs) for the body of a code
/// block in `lang` (`None`: plain text), without Jekyll's wrapper elements.
///
/// Languages without a lexer here come out HTML-escaped, as `plaintext` does in Rouge.
pub fn highlight_code(code: &str, lang: Option<&str>) -> String {
    highlight::tokens(code, lang.unwrap_or("plaintext"))
}

/// What Jekyll's `{% highlight LANG %}` tag puts inside its `<code>` element:
/// the Rouge token markup of `code` (Rouge's HTML formatter), or with
/// `linenos` Rouge's `HTMLTable` formatter around it (a gutter of line numbers
/// beside the code, `gutter` and `code` cells as Jekyll names them).
///
/// `lang` is looked up as Rouge's `Lexer.find_fancy` does; an unknown
/// language is plain text.  `code` is the tag's body with Jekyll's leading
/// and trailing line terminators already removed.
///
/// ```
/// let html = hyde_kramdown::highlight_tag("x\ny", "text", true);
/// assert!(html.starts_with("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre>"));
/// ```
pub fn highlight_tag(code: &str, lang: &str, linenos: bool) -> String {
    let lang = if highlight::is_known(lang) {
        lang
    } else {
        "plaintext"
    };
    let tokens = highlight::tokens(code, lang);
    if linenos {
        highlight::table(code, tokens)
    } else {
        tokens
    }
}

#[cfg(test)]
mod tests {
    use super::{Options, to_html};

    /// A document that exercises every block and span parser.
    const EVERYTHING: &str = "# Head {#id}\n\nSetext\n---\n\n* a\n* [ ] b\n\n1. c\n\n> quote\n\n    code\n\n```ruby\nx\n```\n\n~~~\ny\n~~~\n\n| a | b |\n|:--|--:|\n| `c|d` | e |\n\nTerm\n: def\n\n<div markdown=\"1\">*x*</div>\n\n<!-- c -->\n\n$$x$$\n\n[^1]: note\n[ref]: /url \"t\"\n*[HTML]: markup\n{:ald: .c}\n{::comment}x{:/comment}\n{::options auto_ids=\"true\" /}\n\nText *em* **strong** ~~del~~ `code` [l](/u \"t\") ![i](/i) [ref] <http://x.y> <span>s</span> &amp; &#169; \"q\" 'q' -- --- ... << >> HTML[^1] $$m$$ {::nomarkdown}<b>{:/}  \nbreak\\\nend\n{: .cls}\n\n- - -\n^\n";

    #[test]
    fn every_pattern_compiles() {
        let _ = to_html(EVERYTHING, &Options::default());
        let mut kramdown = Options::default();
        assert!(kramdown.set("input", "kramdown"));
        let _ = to_html(EVERYTHING, &kramdown);
        assert_eq!(crate::scanner::compile_failures(), Vec::<String>::new());
    }

    #[test]
    fn empty_input_gives_empty_output() {
        assert_eq!(to_html("", &Options::default()), "\n");
    }
}
