//! Rouge's `tex` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static TEX: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "general",
            vec![
                rule(r#"%.*$"#, Token(Comment)),
                rule(r#"[{}&_^]"#, Token(Punctuation)),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"\\\["#, TokenThen(Punctuation, Push("displaymath"))),
                rule(r#"\\\("#, TokenThen(Punctuation, Push("inlinemath"))),
                rule(r#"\$\$"#, TokenThen(Punctuation, Push("displaymath"))),
                rule(r#"\$"#, TokenThen(Punctuation, Push("inlinemath"))),
                rule(r#"\\(begin|end)\{.*?\}"#, Token(NameTag)),
                rule(
                    r#"(\\verb)\b([^ \t\n\r\x0B\x0C])(.*?)(\2)"#,
                    Groups(&[NameBuiltin, KeywordPseudo, StrOther, KeywordPseudo]),
                ),
                rule(
                    r#"(?i)\\([a-z]+|[ \t\n\r\x0B\x0C]+|.)"#,
                    TokenThen(Keyword, Push("command")),
                ),
                mixin("general"),
                rule(r#"[^\\$%&_^{}]+"#, Token(Text)),
            ],
        ),
        (
            "math",
            vec![
                rule(
                    r#"(?i)\\([a-z]+|[ \t\n\r\x0B\x0C]+|.)"#,
                    Token(NameVariable),
                ),
                mixin("general"),
                rule(r#"[0-9]+"#, Token(Num)),
                rule(r#"[-=!+*/()\[\]]"#, Token(Operator)),
                rule(r#"[^=!+*/()\[\]\\$%&_^{}0-9-]+"#, Token(NameBuiltin)),
            ],
        ),
        (
            "inlinemath",
            vec![
                rule(r#"\\\)"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\$"#, TokenThen(Punctuation, Pop(1))),
                mixin("math"),
            ],
        ),
        (
            "displaymath",
            vec![
                rule(r#"\\\]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\$\$"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\$"#, Token(NameBuiltin)),
                mixin("math"),
            ],
        ),
        (
            "command",
            vec![
                rule(r#"\[.*?\]"#, Token(NameAttribute)),
                rule(r#"\*"#, Token(Keyword)),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
    ])
});
