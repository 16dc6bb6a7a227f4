//! Rouge's `tap` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static TAP: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"^TAP version [0-9]+\n"#, Token(NameNamespace)),
                rule(
                    r#"^1\.\.[0-9]+"#,
                    TokenThen(KeywordDeclaration, Push("plan")),
                ),
                rule(
                    r#"^(not ok)([^[^ \t\n\r\x0B\x0C]\n]*)([0-9]*)"#,
                    GroupsThen(&[GenericError, Text, NumInteger], Push("test")),
                ),
                rule(
                    r#"^(ok)([^[^ \t\n\r\x0B\x0C]\n]*)([0-9]*)"#,
                    GroupsThen(&[KeywordReserved, Text, NumInteger], Push("test")),
                ),
                rule(r#"^#.*\n"#, Token(Comment)),
                rule(r#"^Bail out!.*\n"#, Token(GenericError)),
                rule(r#"^.*\n"#, Token(Text)),
            ],
        ),
        (
            "plan",
            vec![
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text)),
                rule(r#"#"#, TokenThen(Comment, Push("directive"))),
                rule(r#"\n"#, TokenThen(Comment, Pop(1))),
                rule(r#".*\n"#, TokenThen(GenericError, Pop(1))),
            ],
        ),
        (
            "test",
            vec![
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text)),
                rule(r#"#"#, TokenThen(Comment, Push("directive"))),
                rule(r#"[^ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "directive",
            vec![
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Comment)),
                rule(r#"(?i)\bTODO\b"#, Token(CommentPreproc)),
                rule(r#"(?i)\bSKIP[^ \t\n\r\x0B\x0C]*"#, Token(CommentPreproc)),
                rule(r#"[^ \t\n\r\x0B\x0C]+"#, Token(Comment)),
                rule(r#"\n"#, TokenThen(Comment, Pop(2))),
            ],
        ),
    ])
});
