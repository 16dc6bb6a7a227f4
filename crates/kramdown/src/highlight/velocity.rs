//! Rouge's `velocity` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::html::HTML;
use super::token::Tok::*;

/// The language.
pub(crate) static VELOCITY: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"[^{#$]+"#,
                    Custom(|l, m| {
                        l.delegate_parent(&HTML, m.get(0));
                    }),
                ),
                rule(r#"(?s)(#)(\*.*?\*)(#)"#, Token(CommentMultiline)),
                rule(r#"(##)(.*?$)"#, Token(CommentSingle)),
                rule(
                    r#"(?s)(#\{?)((?i-s:[a-z_][a-zA-Z0-9_]*))(\}?)([ \t\n\r\x0B\x0C]?\()"#,
                    GroupsThen(
                        &[Punctuation, NameFunction, Punctuation, Punctuation],
                        Push("directive_params"),
                    ),
                ),
                rule(
                    r#"(?s)(#\{?)((?i-s:[a-z_][a-zA-Z0-9_]*))(\}|\b)"#,
                    Groups(&[Punctuation, NameFunction, Punctuation]),
                ),
                rule(r#"\$\{?"#, TokenThen(Punctuation, Push("variable"))),
            ],
        ),
        (
            "variable",
            vec![
                rule(r#"(?i-s:[a-z_][a-zA-Z0-9_]*)"#, Token(NameVariable)),
                rule(r#"\("#, TokenThen(Punctuation, Push("func_params"))),
                rule(
                    r#"(\.)((?i-s:[a-z_][a-zA-Z0-9_]*))"#,
                    Groups(&[Punctuation, NameVariable]),
                ),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "directive_params",
            vec![
                rule(
                    r#"(&&|\|\||==?|!=?|[-<>+*%&|^/])|\b(eq|ne|gt|lt|ge|le|not|in)\b"#,
                    Token(Operator),
                ),
                rule(r#"\["#, TokenThen(Operator, Push("range_operator"))),
                rule(r#"\b(?i-s:[a-z_][a-zA-Z0-9_]*)\b"#, Token(NameFunction)),
                mixin("func_params"),
            ],
        ),
        (
            "range_operator",
            vec![
                rule(r#"[.]{2}"#, Token(Operator)),
                mixin("func_params"),
                rule(r#"\]"#, TokenThen(Operator, Pop(1))),
            ],
        ),
        (
            "func_params",
            vec![
                rule(r#"\$\{?"#, TokenThen(Punctuation, Push("variable"))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#","#, Token(Punctuation)),
                rule(r#""(\\\\|\\"|[^"])*""#, Token(StrDouble)),
                rule(r#"'(\\\\|\\'|[^'])*'"#, Token(StrSingle)),
                rule(r#"0[xX][0-9a-fA-F]+[Ll]?"#, Token(NumHex)),
                rule(r#"\b[0-9]+\b"#, Token(NumInteger)),
                rule(r#"(true|false|null)\b"#, Token(KeywordConstant)),
                rule(r#"[(\[]"#, TokenThen(Punctuation, PushSelf)),
                rule(r#"[)\]}]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
    ])
});
