//! Rouge's `hocon` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `hocon` language.
pub(crate) static HOCON: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments",
            vec![
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"#.*?$"#, Token(CommentSingle)),
            ],
        ),
        (
            "root",
            vec![
                mixin("comments"),
                mixin("whitespace"),
                rule(r#"\{"#, TokenThen(Punctuation, Push("object"))),
                rule(r#"\["#, TokenThen(Punctuation, Push("array"))),
                mixin("name"),
                mixin("value"),
                rule(r#"[\]}]"#, Token(Punctuation)),
            ],
        ),
        (
            "object",
            vec![
                rule(r#"\b(?:include|url|file|classpath)\b"#, Token(Keyword)),
                mixin("whitespace"),
                mixin("name"),
                mixin("value"),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                rule(r#","#, Token(Punctuation)),
            ],
        ),
        (
            "name",
            vec![
                rule(
                    r#"("(?:"|[^"\n])*?")([ \t\n\r\x0B\x0C]*)([:=]|(?=\{))"#,
                    Groups(&[NameLabel, Whitespace, Punctuation]),
                ),
                rule(
                    r#"([-a-zA-Z0-9_.]+)([ \t\n\r\x0B\x0C]*)([:=]|(?=\{))"#,
                    Groups(&[NameLabel, Whitespace, Punctuation]),
                ),
            ],
        ),
        (
            "value",
            vec![
                mixin("comments"),
                rule(r#"\n"#, Token(Whitespace)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                mixin("constants"),
                rule(
                    r#"[$][{][?]?"#,
                    TokenThen(StrInterpol, Push("interpolation")),
                ),
                rule(r#"""""#, TokenThen(StrDouble, Push("multiline_string"))),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"\["#, TokenThen(Punctuation, Push("array"))),
                rule(r#"\{"#, TokenThen(Punctuation, Push("object"))),
                rule(r#"[()=]"#, Token(Punctuation)),
                rule(r#"[^$"{}\[\]:=,\+#`^?!@*\&]+?"#, Token(Literal)),
            ],
        ),
        (
            "interpolation",
            vec![
                rule(r#"[a-zA-Z0-9_\-\.]+?"#, Token(NameVariable)),
                rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
            ],
        ),
        (
            "string",
            vec![
                rule(
                    r#"[$][{][?]?"#,
                    TokenThen(StrInterpol, Push("interpolation")),
                ),
                rule(r#"[^\\"\${]+"#, Token(StrDouble)),
                rule(r#"[^\\"]+"#, Token(StrDouble)),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "multiline_string",
            vec![
                rule(r#""[^"]{1,2}"#, Token(StrDouble)),
                mixin("string"),
                rule(r#"""""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "constants",
            vec![
                rule(r#"[0-9]+\.([0-9]+\.?){3,}"#, Token(Literal)),
                rule(r#"(?:true|false|null)"#, Token(KeywordConstant)),
                rule(
                    r#"(?i)-?(?:0|[1-9][0-9]*)\.[0-9]+(?:e[+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"(?i)-?(?:0|[1-9][0-9]*)(?:e[+-]?[0-9]+)?"#,
                    Token(NumInteger),
                ),
            ],
        ),
        (
            "whitespace",
            vec![rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace))],
        ),
        (
            "array",
            vec![
                mixin("value"),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#","#, Token(Punctuation)),
            ],
        ),
    ])
});
