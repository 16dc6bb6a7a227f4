//! Rouge's `systemd` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static SYSTEMD: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[;#].*"#, Token(Comment)),
                rule(r#"\[.*?\]$"#, Token(Keyword)),
                rule(
                    r#"(.*?)(=)(.*)(\\\n)"#,
                    GroupsThen(
                        &[NameTag, Punctuation, Text, StrEscape],
                        Push("continuation"),
                    ),
                ),
                rule(r#"(.*?)(=)(.*)"#, Groups(&[NameTag, Punctuation, Text])),
            ],
        ),
        (
            "continuation",
            vec![
                rule(r#"(.*?)(\\\n)"#, Groups(&[Text, StrEscape])),
                rule(r#"(.*)'"#, TokenThen(Text, Pop(1))),
            ],
        ),
    ])
});
