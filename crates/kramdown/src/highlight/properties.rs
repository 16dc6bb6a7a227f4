//! Rouge's `properties` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static PROPERTIES: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rule(r#"[!#].*?\n"#, Token(Comment)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"\\\n"#, Token(StrEscape)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                rule(
                    r#"((?-si:[a-zA-Z0-9_.-]+))([ \t\n\r\x0B\x0C]*)([=:])"#,
                    GroupsThen(&[NameProperty, Text, Punctuation], Push("value")),
                ),
            ],
        ),
        (
            "value",
            vec![
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                mixin("basic"),
                rule(r#"""#, TokenThen(Str, Push("dq"))),
                rule(r#"'.*?'"#, Token(Str)),
                mixin("esc_str"),
                rule(r#"[^\\\n]+"#, Token(Str)),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                mixin("esc_str"),
                rule(r#"(?s)[^\\"]+"#, Token(Str)),
            ],
        ),
        (
            "esc_str",
            vec![
                rule(r#"\\u[0-9]{4}"#, Token(StrEscape)),
                rule(r#"(?s)\\."#, Token(StrEscape)),
            ],
        ),
    ])
});
