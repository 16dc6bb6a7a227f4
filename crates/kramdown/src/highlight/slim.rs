//! Rouge's `slim` lexer.

use std::sync::LazyLock;

use super::coffeescript::COFFEESCRIPT;
use super::css::CSS;
use super::engine::{Action::*, Language, Lexer, Next::*, mixin, rule};
use super::erb::ERB;
use super::html::HTML;
use super::javascript::JAVASCRIPT;
use super::markdown::MARKDOWN;
use super::ruby::RUBY;
use super::sass::{SASS, indentation, starts_block};
use super::scss::SCSS;
use super::token::Tok::*;

/// Rouge's `filters`: the lexers of `name:` blocks, by the index `counts[0]` keeps.
const FILTERS: &[&str] = &[
    "ruby",
    "erb",
    "javascript",
    "css",
    "coffee",
    "markdown",
    "scss",
    "sass",
];

fn filter_language(i: i64) -> Option<&'static Language> {
    Some(match i {
        0 => &RUBY,
        1 => &ERB,
        2 => &JAVASCRIPT,
        3 => &CSS,
        4 => &COFFEESCRIPT,
        5 => &MARKDOWN,
        6 => &SCSS,
        7 => &SASS,
        _ => return None,
    })
}

/// Picks the filter lexer for a `name:` block and starts it afresh.
fn set_filter(l: &mut Lexer<'_>, name: &str) {
    let i = FILTERS
        .iter()
        .position(|f| *f == name)
        .and_then(|i| i64::try_from(i).ok())
        .unwrap_or(-1);
    l.counts = vec![i];
    if let Some(lang) = filter_language(i) {
        l.reset_delegate(lang);
    }
}

/// A line of a filter block, to the filter's lexer.
fn filter(l: &mut Lexer<'_>, text: &str) {
    let i = l.counts.first().copied().unwrap_or(-1);
    if let Some(lang) = filter_language(i) {
        l.delegate(lang, text);
    } else {
        l.token(NameDecorator, text);
    }
}

/// The language.
pub(crate) static SLIM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]*\n"#, Token(Text)),
                rule(
                    r#"[ \t\n\r\x0B\x0C]*"#,
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        indentation(l, m.get(0), &["filter_block", "plain_block"]);
                    }),
                ),
            ],
        ),
        (
            "content",
            vec![
                mixin("css"),
                rule(
                    r#"/(?-si:(\\\n|.))*"#,
                    TokenThen(Comment, Push("indented_block")),
                ),
                rule(
                    r#"(doctype)([ \t\n\r\x0B\x0C]+)(.*)"#,
                    GroupsThen(&[NameNamespace, Whitespace, Text], Pop(1)),
                ),
                rule(
                    r#"([a-zA-Z0-9_]*):[ \t\n\r\x0B\x0C]*\n"#,
                    Custom(|l, m| {
                        l.token(NameDecorator, m.get(0));
                        l.go(Pop(1));
                        starts_block(l, "filter_block");
                        set_filter(l, m.get(1).trim());
                    }),
                ),
                rule(
                    r#"[\|'](?=[ \t\n\r\x0B\x0C])"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                        starts_block(l, "plain_block");
                        l.go(Goto("plain_block"));
                    }),
                ),
                rule(r#"-|==|="#, TokenThen(Punctuation, Push("ruby_line"))),
                rule(
                    r#"(\*)((?-si:[a-zA-Z0-9_!\?@\$])+\(.*?\))"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(1));
                        l.delegate(&RUBY, m.get(2));
                        l.go(Push("tag"));
                    }),
                ),
                rule(
                    r#"(\*)((?-si:[a-zA-Z0-9_!\?@\$])+)"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(1));
                        l.delegate(&RUBY, m.get(2));
                        l.go(Push("tag"));
                    }),
                ),
                rule(
                    r#"(</?[a-zA-Z0-9_ \t\n\r\x0B\x0C='"]+?/?>)"#,
                    Custom(|l, m| {
                        l.delegate(&HTML, m.get(1));
                        l.go(Pop(1));
                    }),
                ),
                rule(r#"[a-zA-Z0-9_]+"#, TokenThen(NameTag, Push("tag"))),
            ],
        ),
        (
            "tag",
            vec![
                mixin("css"),
                mixin("indented_block"),
                mixin("interpolation"),
                rule(r#"[<>]"#, Token(Punctuation)),
                rule(r#"[ \t\n\r\x0B\x0C]+?"#, Token(Whitespace)),
                rule(
                    r#"(\*)((?-si:[a-zA-Z0-9_!\?@\$])+)"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(1));
                        l.delegate(&RUBY, m.get(2));
                    }),
                ),
                rule(
                    r#"(\*)(\{(?-si:(\\\n|.))+?\})"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(1));
                        l.delegate(&RUBY, m.get(2));
                    }),
                ),
                rule(
                    r#"([a-zA-Z0-9_\-]+)([ \t\n\r\x0B\x0C]*)(=)"#,
                    Custom(|l, m| {
                        l.token(NameAttribute, m.get(1));
                        l.token(Whitespace, m.get(2));
                        l.token(Punctuation, m.get(3));
                        l.go(Push("html_attr"));
                    }),
                ),
                rule(
                    r#"(=)((?-si:(\\\n|.))+)"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(1));
                        l.delegate(&RUBY, m.get(2));
                    }),
                ),
                rule(r#"&[^ \t\n\r\x0B\x0C]*?;"#, Token(NameEntity)),
                rule(r#"(?-si:(\\\n|.))+?"#, Token(Text)),
                rule(r#"[ \t\n\r\x0B\x0C]*\n"#, TokenThen(Whitespace, Pop(1))),
            ],
        ),
        (
            "css",
            vec![
                rule(r#"\.[a-zA-Z0-9_-]*"#, TokenThen(NameClass, Goto("tag"))),
                rule(
                    r#"#[a-zA-Z][a-zA-Z0-9_:-]*"#,
                    TokenThen(NameFunction, Goto("tag")),
                ),
            ],
        ),
        (
            "html_attr",
            vec![
                rule(
                    r#"[ \t\n\r\x0B\x0C]*(['"])(?-si:(\\\n|.))*?\1"#,
                    TokenThen(Str, Pop(1)),
                ),
                rule(
                    r#"((?-si:[a-zA-Z0-9_!\?@\$])+\(.*?\))"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(1));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"((?-si:[a-zA-Z0-9_!\?@\$])+)"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(1));
                        l.go(Pop(1));
                    }),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            ],
        ),
        (
            "ruby_line",
            vec![
                mixin("indented_block"),
                rule(
                    r#"[,\\][ \t\n\r\x0B\x0C]*\n"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                    }),
                ),
                rule(r#"[ ]\|[ \t]*\n"#, Token(StrEscape)),
                rule(
                    r#".*?(?=([,\\]$| \|)?[ \t]*$)"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "filter_block",
            vec![
                rule(
                    r#"([^#\n]|#[^{\n]|(\\\\)*\\#\{)+"#,
                    Custom(|l, m| {
                        filter(l, m.get(0));
                    }),
                ),
                mixin("interpolation"),
                mixin("indented_block"),
            ],
        ),
        (
            "plain_block",
            vec![
                mixin("interpolation"),
                rule(
                    r#"(</?[a-zA-Z0-9_ \t\n\r\x0B\x0C='"]+?/?>)"#,
                    Custom(|l, m| {
                        l.delegate(&HTML, m.get(1));
                    }),
                ),
                rule(r#"&[^ \t\n\r\x0B\x0C]*?;"#, Token(NameEntity)),
                rule(r#"(?-si:(\\\n|.))+?"#, Token(Text)),
                mixin("indented_block"),
            ],
        ),
        (
            "interpolation",
            vec![rule(r#"#[{]"#, TokenThen(StrInterpol, Push("ruby_interp")))],
        ),
        (
            "ruby_interp",
            vec![
                rule(r#"[}]"#, TokenThen(StrInterpol, Pop(1))),
                mixin("ruby_interp_inner"),
            ],
        ),
        (
            "ruby_interp_inner",
            vec![
                rule(
                    r#"[{]"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                        l.go(Push("ruby_interp_inner"));
                    }),
                ),
                rule(
                    r#"[}]"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"[^{}]+"#,
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "indented_block",
            vec![rule(
                r#"(?<!\\)\n"#,
                Custom(|l, m| {
                    l.token(Text, m.get(0));
                    l.go(Pop(usize::MAX));
                    l.go(Goto("root"));
                }),
            )],
        ),
    ])
});
