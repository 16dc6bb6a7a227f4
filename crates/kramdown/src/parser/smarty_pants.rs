//! The SmartyPants parser Jekyll defines on kramdown for its `smartify`
//! filter (`Jekyll::Converters::SmartyPants`): no Markdown at all, only
//! smart quotes, HTML entities, typographic symbols and HTML, block HTML
//! kept as it is, every other line text.
//!
//! ```ruby
//! class Kramdown::Parser::SmartyPants < Kramdown::Parser::Kramdown
//!   def initialize(source, options)
//!     super
//!     @block_parsers = [:block_html, :content]
//!     @span_parsers =  [:smart_quotes, :html_entity, :typographic_syms, :span_html]
//!   end
//!   def parse_content
//!     add_text @src.scan(%r!\A.*\n!)
//!   end
//!   define_parser(:content, %r!\A!)
//! end
//! ```

use super::{Document, Flow, Parser, SpanParser, adapt_source, add_text, pattern, span_start};
use crate::element::{Element, Kind};
use crate::options::Options;
use crate::scanner::Scanner;

pattern!(LINE, r".*\n");

/// Parses `source` as Jekyll's SmartyPants parser does.
pub(crate) fn parse(source: &str, options: &Options) -> Document {
    let mut p = Parser::new(options.clone());
    p.span_parsers = vec![
        SpanParser::SmartQuotes,
        SpanParser::HtmlEntity,
        SpanParser::TypographicSyms,
        SpanParser::SpanHtml,
    ];
    p.default_span_start = span_start(&p.span_parsers);
    let mut root = Element::new(Kind::Root);
    p.src = Scanner::new(adapt_source(source));
    while !p.src.eos() {
        if p.parse_block_html(&mut root) != Flow::No {
            continue;
        }
        match p.src.scan(&LINE) {
            Some(c) => add_text(&mut root, c.s(0), Kind::RawText),
            None => {
                let rest = p.src.rest().to_owned();
                p.src.terminate();
                add_text(&mut root, &rest, Kind::RawText);
            }
        }
    }
    p.update_tree(&mut root);
    Document {
        root,
        footnotes: std::collections::HashMap::new(),
        abbrev_defs: p.abbrev_defs,
        abbrev_attrs: p.abbrev_attrs,
        options: p.options,
    }
}

#[cfg(test)]
mod tests {
    use crate::Options;

    // Inputs and what Jekyll 4.3.1's `smartify` made of them
    // (`/work/shared/tools/jekyll-ref`, default kramdown options).
    #[test]
    fn smartify_matches_jekyll() {
        let cases = [
            ("\"Quoted\" -- and ... it's", "“Quoted” – and … it’s"),
            (
                "<b>'bold'</b> & stuff --- 'single' (c) <<x>>",
                "<b>‘bold’</b> &amp; stuff — ‘single’ (c) «x»",
            ),
            (
                "line one 'a'\n<div>'block' html</div>\nafter \"x\"",
                "line one ‘a’\n<div>'block' html</div>\nafter “x”",
            ),
            (
                "'80s and '90s rock'n'roll, 5' 6\" tall",
                "’80s and ’90s rock’n’roll, 5’ 6” tall",
            ),
            (
                "*not markdown* [x](y) `code` # h\n\n    indented",
                "*not markdown* [x](y) `code` # h\n\n    indented",
            ),
            (
                "&amp; &copy; &#8212; a&b <!-- c --> x",
                "&amp; © — a&amp;b <!-- c --> x",
            ),
            ("", ""),
            ("trailing newline\n", "trailing newline"),
            (
                "He said, \"'Twas the night.\" -- 'Yes'...",
                "He said, “‘Twas the night.” – ‘Yes’…",
            ),
            (
                "<p>para 'one'</p>\n\nnext -- line",
                "<p>para 'one'</p>\n\nnext – line",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(
                crate::smartify(input, &Options::default()),
                expected,
                "{input:?}"
            );
        }
    }
}
