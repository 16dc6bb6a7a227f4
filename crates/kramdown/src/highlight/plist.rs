//! Rouge's `plist` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `plist` language.
pub(crate) static PLIST: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace))],
        ),
        (
            "root",
            vec![
                rule(r#"//.*$"#, Token(Comment)),
                rule(r#"(?s)/\*.+?\*/"#, Token(Comment)),
                mixin("whitespace"),
                rule(r#"\{"#, TokenThen(Punctuation, Push("dictionary"))),
                rule(r#"\("#, TokenThen(Punctuation, Push("array"))),
                rule(r#""([^"\\]|\\.)*""#, Token(StrDouble)),
                rule(r#"'([^'\\]|\\.)*'"#, Token(StrSingle)),
                rule(r#"<"#, TokenThen(Punctuation, Push("data"))),
                rule(r#"[a-zA-Z0-9_$/:.-]+"#, Token(Literal)),
            ],
        ),
        (
            "dictionary",
            vec![
                mixin("root"),
                rule(r#"[=;]"#, Token(Punctuation)),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "array",
            vec![
                mixin("root"),
                rule(r#"[,]"#, Token(Punctuation)),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "data",
            vec![
                rule(r#"[0-9a-fA-F \t\n\r\x0B\x0C]+"#, Token(NumHex)),
                rule(r#">"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
    ])
});
