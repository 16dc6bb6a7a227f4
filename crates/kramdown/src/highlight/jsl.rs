//! Rouge's `jsl` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The `jsl` language.
pub(crate) static JSL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"/[*].*?"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"<<"#, TokenThen(Operator, Push("message"))),
                rule(
                    r#"(?i)(::|:)?([a-z_][a-zA-Z0-9_ \t\n\r\x0B\x0C'%.\\]*)(\()"#,
                    Groups(&[Punctuation, Keyword, Punctuation]),
                ),
                rule(
                    r#"(?i)[0-9]{2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[0-9]{2}([0-9]{2})?(:[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]*)?)?)?"#,
                    Token(LiteralDate),
                ),
                rule(
                    r#"(?i)-?(?:[0-9]+(?:[.][0-9]+)?|[.][0-9]*)(?:e[+-]?[0-9]+)?i?"#,
                    Token(Num),
                ),
                rule(
                    r#"(?i)(::|:)?([a-z_][a-zA-Z0-9_ \t\n\r\x0B\x0C'%.\\]*|"(?:\\!"|[^"])*?"n)"#,
                    Groups(&[Punctuation, NameVariable]),
                ),
                rule(
                    r#"(?s)(")(\\\[)(.*?)(\]\\)(")"#,
                    Groups(&[StrDouble, StrEscape, StrDouble, StrEscape, StrDouble]),
                ),
                rule(r#"""#, TokenThen(StrDouble, Push("dq"))),
                rule(r#"[-+*/!%\&<>\|=:`^]"#, Token(Operator)),
                rule(r#"[\[\](){},;]"#, Token(Punctuation)),
            ],
        ),
        (
            "message",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(
                    r#"(?i)[a-z_][a-zA-Z0-9_ \t\n\r\x0B\x0C'%.\\]*"#,
                    Token(NameFunction),
                ),
                rule(r#"[(),;]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[\&|!=<>]"#, TokenThen(Operator, Pop(1))),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"\\![btrnNf0\\"]"#, Token(StrEscape)),
                rule(r#"\\"#, Token(StrDouble)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"(?s)[^\\"]+"#, Token(StrDouble)),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"/[*]"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"[*]/"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[^/*]+"#, Token(CommentMultiline)),
                rule(r#"[/*]"#, Token(CommentMultiline)),
            ],
        ),
    ])
});
