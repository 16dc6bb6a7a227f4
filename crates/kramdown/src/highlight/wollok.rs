//! Rouge's `wollok` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static WOLLOK: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespaces_and_comments",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"//.*$"#, Token(CommentSingle)),
                rule(
                    r#"(?s)/\*(.|[ \t\n\r\x0B\x0C])*?\*/"#,
                    Token(CommentMultiline),
                ),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespaces_and_comments"),
                rule(r#"(import)(.+$)"#, Groups(&[KeywordReserved, Text])),
                rule(
                    r#"(class|object|mixin)"#,
                    TokenThen(KeywordReserved, Push("foo")),
                ),
                rule(r#"test|program"#, Token(KeywordReserved)),
                rule(
                    r#"(package)([ \t\n\r\x0B\x0C]+)((?-si:[a-zA-Z][a-zA-Z0-9]*))"#,
                    Groups(&[KeywordReserved, Whitespace, NameClass]),
                ),
                rule(r#"\{|\}"#, Token(Text)),
                mixin("keywords"),
                mixin("symbols"),
                mixin("objects"),
            ],
        ),
        (
            "foo",
            vec![
                mixin("whitespaces_and_comments"),
                rule(r#"inherits|mixed|with|and"#, Token(KeywordReserved)),
                rule(
                    r#"(?-si:[a-zA-Z][a-zA-Z0-9]*)(?=[ \t\n\r\x0B\x0C]*\{)"#,
                    Custom(|l, m| {
                        l.token(NameClass, m.get(0));
                        l.strings.push((m.get(0).to_owned(), String::new()));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"(?-si:[a-zA-Z][a-zA-Z0-9]*)"#,
                    Custom(|l, m| {
                        l.token(NameClass, m.get(0));
                        l.strings.push((m.get(0).to_owned(), String::new()));
                    }),
                ),
            ],
        ),
        (
            "keywords",
            vec![
                rule(r#"self\b"#, Token(NameBuiltinPseudo)),
                rule(
                    r#"new\b|super\b|return\b|if\b|else\b|var\b|const\b|override\b|constructor\b"#,
                    Token(KeywordReserved),
                ),
                rule(
                    r#"(method)([ \t\n\r\x0B\x0C]+)((?-si:_?(?-si:[a-zA-Z][a-zA-Z0-9]*)))"#,
                    Groups(&[KeywordReserved, Whitespace, Text]),
                ),
            ],
        ),
        (
            "objects",
            vec![
                rule(
                    r#"_?(?-si:[a-zA-Z][a-zA-Z0-9]*)"#,
                    Custom(|l, m| {
                        let v = m.get(0);
                        let t = if l.strings.iter().any(|(e, _)| e == v)
                            || v.starts_with(|c: char| c.is_ascii_uppercase())
                        {
                            NameClass
                        } else {
                            KeywordVariable
                        };
                        l.token(t, v);
                    }),
                ),
                rule(r#"\.(?-si:[a-zA-Z][a-zA-Z0-9]*)"#, Token(Text)),
                mixin("literals"),
            ],
        ),
        (
            "literals",
            vec![
                mixin("whitespaces_and_comments"),
                rule(r#"[0-9]+\.?[0-9]*"#, Token(Num)),
                rule(r#"(?s)"[^"]*""#, Token(Str)),
                rule(r#"\[|\#\{"#, TokenThen(Punctuation, Push("lists"))),
            ],
        ),
        (
            "lists",
            vec![
                rule(r#","#, Token(Punctuation)),
                rule(r#"]|\}"#, TokenThen(Punctuation, Pop(1))),
                mixin("objects"),
            ],
        ),
        (
            "symbols",
            vec![
                rule(r#"\+\+|--|\+=|-=|\*\*|!"#, Token(Operator)),
                rule(r#"\+|-|\*|/|%"#, Token(Operator)),
                rule(r#"<=|=>|===|==|<|>"#, Token(Operator)),
                rule(r#"and\b|or\b|not\b"#, Token(Operator)),
                rule(r#"\(|\)|="#, Token(Text)),
                rule(r#","#, Token(Punctuation)),
            ],
        ),
    ])
});
