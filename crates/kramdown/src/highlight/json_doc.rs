//! Rouge's `json-doc` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `json-doc` language.
pub(crate) static JSON_DOC: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "name",
            vec![
                rule(
                    r#"([$a-zA-Z0-9_]+)([ \t\n\r\x0B\x0C]*)(:)"#,
                    Groups(&[NameAttribute, Text, Punctuation]),
                ),
                rule(
                    r#"("(?:\\.|[^"\\\n])*?")([ \t\n\r\x0B\x0C]*)(:)"#,
                    Groups(&[NameLabel, Whitespace, Punctuation]),
                ),
            ],
        ),
        (
            "value",
            vec![
                rule(r#"/[*].*?[*]/"#, Token(Comment)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"(\.\.\.)"#, Token(CommentSingle)),
                mixin("whitespace"),
                mixin("constants"),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"\["#, TokenThen(Punctuation, Push("array"))),
                rule(r#"\{"#, TokenThen(Punctuation, Push("object"))),
            ],
        ),
        (
            "whitespace",
            vec![rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace))],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule(r#"\{"#, TokenThen(Punctuation, Push("object"))),
                rule(r#"\["#, TokenThen(Punctuation, Push("array"))),
                mixin("name"),
                mixin("value"),
                rule(r#"[\]}]"#, Token(Punctuation)),
            ],
        ),
        (
            "object",
            vec![
                mixin("whitespace"),
                mixin("name"),
                mixin("value"),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                rule(r#","#, Token(Punctuation)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"[^\\"]+"#, Token(StrDouble)),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "array",
            vec![
                mixin("value"),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#","#, Token(Punctuation)),
            ],
        ),
        (
            "constants",
            vec![
                rule(r#"(?:true|false|null)"#, Token(KeywordConstant)),
                rule(
                    r#"(?i)-?(?:0|[1-9][0-9]*)\.[0-9]+(?:e[+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"(?i)-?(?:0|[1-9][0-9]*)(?:e[+-]?[0-9]+)?"#,
                    Token(NumInteger),
                ),
            ],
        ),
    ])
});
