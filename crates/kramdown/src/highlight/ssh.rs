//! Rouge's `ssh` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static SSH: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?i)[a-z0-9]+"#, TokenThen(Keyword, Push("statement"))),
                mixin("base"),
            ],
        ),
        (
            "statement",
            vec![
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                rule(
                    r#"(?:yes|no|confirm|ask|always|auto|none|force)\b"#,
                    Token(NameConstant),
                ),
                rule(r#"[0-9]+"#, Token(Num)),
                rule(r#"[^# \t\n\r\x0B\x0C;{}$\\]+"#, Token(Text)),
                mixin("base"),
            ],
        ),
        (
            "base",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*"#, Token(CommentSingle)),
            ],
        ),
    ])
});
