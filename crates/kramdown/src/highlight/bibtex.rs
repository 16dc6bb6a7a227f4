//! Rouge's `bibtex` lexer (bibtex, bib).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::r;
use super::token::Tok::*;

const PUNCTUATION: &str = r"@!\$&\.\\:;<>\?\[\]\^`\|~\*/\+\-";

fn entry(l: &mut Lexer<'_>, m: &Match<'_>) {
    let kind = m.get(1).to_lowercase();
    if kind == "comment" {
        l.token(Comment, m.get(0));
        return;
    }
    l.token(NameClass, m.get(0));
    l.go(Push("closing_brace"));
    l.go(Push(match kind.as_str() {
        "preamble" => "value",
        "string" => "field",
        _ => "command_body",
    }));
    l.go(Push("opening_brace"));
}

/// The language.
pub(crate) static BIBTEX: LazyLock<Language> = LazyLock::new(|| {
    let valid_name = format!(r"(?i:[a-z_{PUNCTUATION}][\w{PUNCTUATION}]*)");
    Language::new(vec![
        (
            "root",
            vec![
                mixin("whitespace"),
                r(&format!("@({valid_name})"), Custom(entry)),
                r(".+", Token(Comment)),
            ],
        ),
        (
            "opening_brace",
            vec![
                mixin("whitespace"),
                r("[{(]", TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "closing_brace",
            vec![
                mixin("whitespace"),
                r("[})]", TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "command_body",
            vec![
                mixin("whitespace"),
                r(r"[^\s\,\}]+", TokenThen(NameLabel, Goto("fields"))),
            ],
        ),
        (
            "fields",
            vec![
                mixin("whitespace"),
                r(",", TokenThen(Punctuation, Push("field"))),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "field",
            vec![
                mixin("whitespace"),
                r(
                    &valid_name,
                    Custom(|l, m| {
                        l.token(NameAttribute, m.get(0));
                        l.go(Push("value"));
                        l.go(Push("equal_sign"));
                    }),
                ),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "equal_sign",
            vec![mixin("whitespace"), r("=", TokenThen(Punctuation, Pop(1)))],
        ),
        (
            "value",
            vec![
                mixin("whitespace"),
                r(&valid_name, Token(NameVariable)),
                r("\"", TokenThen(Str, Push("quoted_string"))),
                r(r"\{", TokenThen(Str, Push("braced_string"))),
                r(r"\d+", Token(Num)),
                r("#", Token(Punctuation)),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "quoted_string",
            vec![
                r(r"\{", TokenThen(Str, Push("braced_string"))),
                r("\"", TokenThen(Str, Pop(1))),
                r(r#"[^\{\"]+"#, Token(Str)),
            ],
        ),
        (
            "braced_string",
            vec![
                r(r"\{", TokenThen(Str, Push("braced_string"))),
                r(r"\}", TokenThen(Str, Pop(1))),
                r(r"[^\{\}]+", Token(Str)),
            ],
        ),
        ("whitespace", vec![r(r"\s+", Token(Text))]),
    ])
});
