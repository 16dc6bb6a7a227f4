//! Where span parsers may start: the patterns kramdown searches for in text.

use std::sync::{Arc, LazyLock};

use super::SpanParser;
use super::grammar;
use crate::scanner::Pat;

/// The pattern that finds where any of `parsers` may start.
pub(super) fn span_start(parsers: &[SpanParser]) -> Arc<Pat> {
    let alts: Vec<&str> = parsers.iter().map(|p| span_start_str(*p)).collect();
    crate::scanner::dynamic(&alts.join("|"))
}

fn span_start_str(p: SpanParser) -> &'static str {
    match p {
        SpanParser::Emphasis => r"\*|_",
        SpanParser::Codespan => "`",
        SpanParser::Autolink | SpanParser::SpanHtml => "<",
        SpanParser::FootnoteMarker => r"\[",
        SpanParser::Link => r"!?\[",
        SpanParser::SmartQuotes => r#"[^\\]?["']"#,
        SpanParser::InlineMath => r"\$",
        SpanParser::SpanExtensions => r"\{:",
        SpanParser::HtmlEntity => "&",
        SpanParser::TypographicSyms => r"--|\.\.\.|(?:\\| )?(?:<<|>>)",
        SpanParser::LineBreak => r"(?:  |\\)\n",
        SpanParser::EscapedChars => r"\\",
        SpanParser::Strikethrough => "~~",
    }
}

pub(super) fn span_start_re(p: SpanParser) -> &'static Pat {
    static RES: LazyLock<Vec<Pat>> = LazyLock::new(|| {
        [
            r"\*\*?|__?".to_owned(),
            "`+".to_owned(),
            r"<((mailto|https?|ftps?):.+?|[\p{Alphabetic}\p{Nd}\-_.]+?@[\p{Alphabetic}\p{Nd}\-_.]+?)>".to_owned(),
            format!("<({}|!--|/)", grammar::UNAME),
            format!(r"\[\^({})\]", grammar::ALD_ID_NAME),
            r"!?\[(?=[^^])".to_owned(),
            r#"[^\\]?["']"#.to_owned(),
            r"\$\$(?s:(.*?))\$\$".to_owned(),
            r"\{:".to_owned(),
            r"&([A-Za-z0-9_:][\-A-Za-z0-9_.:]*);|&#(\d+);|&#x([0-9a-fA-F]+);".to_owned(),
            r"---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>".to_owned(),
            r"(  |\\\\)(?=\n)".to_owned(),
            r#"\\([\\.*_+`<>()\[\]{}#!:\|"'\$=\-~])"#.to_owned(),
            r"~~(?![ \t\r\n\x0B\x0C]|~)(?s:.*?)[^ \t\r\n\x0B\x0C~]~~".to_owned(),
        ]
        .iter()
        .enumerate()
        .map(|(i, s)| if matches!(i, 5 | 6 | 11) { Pat::lines(s, 2) } else { Pat::new(s) })
        .collect()
    });
    static KRAMDOWN_ESCAPES: LazyLock<Pat> =
        LazyLock::new(|| Pat::new(r#"\\([\\.*_+`<>()\[\]{}#!:|"'\$=-])"#));
    let i = match p {
        SpanParser::Emphasis => 0,
        SpanParser::Codespan => 1,
        SpanParser::Autolink => 2,
        SpanParser::SpanHtml => 3,
        SpanParser::FootnoteMarker => 4,
        SpanParser::Link => 5,
        SpanParser::SmartQuotes => 6,
        SpanParser::InlineMath => 7,
        SpanParser::SpanExtensions => 8,
        SpanParser::HtmlEntity => 9,
        SpanParser::TypographicSyms => 10,
        SpanParser::LineBreak => 11,
        SpanParser::EscapedChars => 12,
        SpanParser::Strikethrough => 13,
    };
    RES.get(i).unwrap_or(&KRAMDOWN_ESCAPES)
}

/// The escaped-character pattern of the kramdown (non-GFM) dialect.
pub(crate) static KRAMDOWN_ESCAPED_CHARS: LazyLock<Pat> =
    LazyLock::new(|| Pat::new(r#"\\([\\.*_+`<>()\[\]{}#!:|"'\$=-])"#));

#[cfg(test)]
mod tests {
    use super::{SpanParser, span_start, span_start_re};

    #[test]
    fn span_patterns_compile() {
        let all = [
            SpanParser::Emphasis,
            SpanParser::Codespan,
            SpanParser::Autolink,
            SpanParser::SpanHtml,
            SpanParser::FootnoteMarker,
            SpanParser::Link,
            SpanParser::SmartQuotes,
            SpanParser::InlineMath,
            SpanParser::SpanExtensions,
            SpanParser::HtmlEntity,
            SpanParser::TypographicSyms,
            SpanParser::LineBreak,
            SpanParser::EscapedChars,
            SpanParser::Strikethrough,
        ];
        for p in all {
            assert!(span_start_re(p).is_valid(), "{p:?}");
        }
        assert!(span_start(&all).is_valid());
    }
}
