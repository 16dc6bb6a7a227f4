//! Rouge's `json` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static JSON: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![rule(r"[ \t\n\r\x0B\x0C]+", Token(Whitespace))],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule("[{]", TokenThen(Punctuation, Push("object"))),
                rule(r"\[", TokenThen(Punctuation, Push("array"))),
                mixin("name"),
                mixin("value"),
                rule(r"[\]}]", Token(Punctuation)),
            ],
        ),
        (
            "object",
            vec![
                mixin("whitespace"),
                mixin("name"),
                mixin("value"),
                rule("[}]", TokenThen(Punctuation, Pop(1))),
                rule(",", Token(Punctuation)),
            ],
        ),
        (
            "name",
            vec![rule(
                r#"("(?:\\.|[^"\\\n])*?")([ \t\n\r\x0B\x0C]*)(:)"#,
                Groups(&[NameLabel, Whitespace, Punctuation]),
            )],
        ),
        (
            "value",
            vec![
                mixin("whitespace"),
                mixin("constants"),
                rule("\"", TokenThen(StrDouble, Push("string"))),
                rule(r"\[", TokenThen(Punctuation, Push("array"))),
                rule("[{]", TokenThen(Punctuation, Push("object"))),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"[^\\"]+"#, Token(StrDouble)),
                rule(r"\\.", Token(StrEscape)),
                rule("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "array",
            vec![
                mixin("value"),
                rule(r"\]", TokenThen(Punctuation, Pop(1))),
                rule(",", Token(Punctuation)),
            ],
        ),
        (
            "constants",
            vec![
                rule("(?:true|false|null)", Token(KeywordConstant)),
                rule(
                    r"(?i)-?(?:0|[1-9][0-9]*)\.[0-9]+(?:e[+-]?[0-9]+)?",
                    Token(NumFloat),
                ),
                rule(
                    r"(?i)-?(?:0|[1-9][0-9]*)(?:e[+-]?[0-9]+)?",
                    Token(NumInteger),
                ),
            ],
        ),
    ])
});
