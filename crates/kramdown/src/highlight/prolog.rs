//! Rouge's `prolog` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static PROLOG: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "bol",
                vec![
                    rule(r#"#.*"#, Token(CommentSingle)),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "basic",
                vec![
                    rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                    rule(r#"%.*"#, Token(CommentSingle)),
                    rule(
                        r#"/\*"#,
                        TokenThen(CommentMultiline, Push("nested_comment")),
                    ),
                    rule(r#"[\[\](){}|.,;!]"#, Token(Punctuation)),
                    rule(r#":-|-->"#, Token(Punctuation)),
                    rule(r#""[^"]*""#, Token(StrDouble)),
                    rule(r#"[0-9]+\.[0-9]+"#, Token(NumFloat)),
                    rule(r#"[0-9]+"#, Token(Num)),
                ],
            ),
            (
                "atoms",
                vec![
                    rule(r#"[\p{Lowercase}]([\w])*"#, Token(StrSymbol)),
                    rule(r#"'[^']*'"#, Token(StrSymbol)),
                ],
            ),
            (
                "operators",
                vec![
                    rule(
                        r#"(<|>|=<|>=|==|=:=|=|/|//|\*|\+|-)(?=[ \t\n\r\x0B\x0C]|[a-zA-Z0-9\[])"#,
                        Token(Operator),
                    ),
                    rule(r#"is"#, Token(Operator)),
                    rule(r#"(mod|div|not)"#, Token(Operator)),
                    rule(r#"[#&*+-./:<=>?@^~]+"#, Token(Operator)),
                ],
            ),
            (
                "variables",
                vec![
                    rule(r#"[A-Z]+[a-zA-Z0-9_]*"#, Token(NameVariable)),
                    rule(r#"_[\w]*"#, Token(NameVariable)),
                ],
            ),
            (
                "root",
                vec![
                    mixin("basic"),
                    mixin("atoms"),
                    mixin("variables"),
                    mixin("operators"),
                ],
            ),
            (
                "nested_comment",
                vec![
                    rule(r#"/\*"#, TokenThen(CommentMultiline, PushSelf)),
                    rule(r#"[ \t\n\r\x0B\x0C]*\*[^*/]+"#, Token(CommentMultiline)),
                    rule(r#"\*/"#, TokenThen(CommentMultiline, Pop(1))),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});
