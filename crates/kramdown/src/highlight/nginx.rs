//! Rouge's `nginx` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `nginx` language.
pub(crate) static NGINX: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"(include)([ \t\n\r\x0B\x0C]+)([^ \t\n\r\x0B\x0C;]+)"#,
                    Groups(&[Keyword, Text, Name]),
                ),
                rule(
                    r#"[^ \t\n\r\x0B\x0C$;{}()#]+"#,
                    TokenThen(Keyword, Push("statement")),
                ),
                mixin("base"),
            ],
        ),
        (
            "block",
            vec![
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                rule(
                    r#"[^ \t\n\r\x0B\x0C$;{}()#]+"#,
                    TokenThen(KeywordNamespace, Push("statement")),
                ),
                mixin("base"),
            ],
        ),
        (
            "statement",
            vec![
                rule(
                    r#"\{"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("block"));
                    }),
                ),
                rule(r#";"#, TokenThen(Punctuation, Pop(1))),
                mixin("base"),
            ],
        ),
        (
            "base",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(r#"(?:on|off)\b"#, Token(NameConstant)),
                rule(r#"[$][a-zA-Z0-9_-]+"#, Token(NameVariable)),
                rule(
                    r#"(?i)([a-z0-9.-]+)(:)([0-9]+)"#,
                    Groups(&[NameFunction, Punctuation, NumInteger]),
                ),
                rule(r#"(?i)[a-z-]+/[a-z-]+"#, Token(NameClass)),
                rule(r#"(?i)[0-9]+[kmg]?\b"#, Token(NumInteger)),
                rule(
                    r#"(~)([ \t\n\r\x0B\x0C]*)([^ \t\n\r\x0B\x0C{]+)"#,
                    Groups(&[Punctuation, Text, StrRegex]),
                ),
                rule(r#"[:=\~]"#, Token(Punctuation)),
                rule(r#"/(?-si:[^ \t\n\r\x0B\x0C$;{}()#]+)?"#, Token(Name)),
                rule(r#"[^# \t\n\r\x0B\x0C;{}$\\]+"#, Token(Str)),
                rule(r#"[$;]"#, Token(Text)),
            ],
        ),
    ])
});
