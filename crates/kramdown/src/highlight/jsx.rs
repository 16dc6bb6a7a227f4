//! Rouge's `jsx` lexer: JavaScript's rules with JSX elements wherever an
//! expression may start (Rouge's `JSX < Javascript`: `tag` mixed in first in
//! `expr_start`, which it starts in, and the element states of its own).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::html::HTML;
use super::token::Tok::*;

/// The `jsx` language.
pub(crate) static JSX: LazyLock<Language> = LazyLock::new(|| {
    super::javascript::language()
        .subclass("jsx", vec![("expr_start", vec![mixin("tag")])])
        .replacing(vec![
            (
                "tag",
                vec![rule(
                    r#"<"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("tag_opening"));
                        l.go(Push("element"));
                        l.go(Push("element_name"));
                    }),
                )],
            ),
            (
                "tag_opening",
                vec![
                    rule(
                        r#"</"#,
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Goto("element"));
                            l.go(Push("element_name"));
                        }),
                    ),
                    mixin("tag"),
                    rule(
                        r#"\{"#,
                        Custom(|l, m| {
                            l.token(StrInterpol, m.get(0));
                            l.go(Push("interpol"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule(r#"[^<{]+"#, Custom(|l, m| l.delegate(&HTML, m.get(0)))),
                ],
            ),
            (
                "element",
                vec![
                    mixin("comments_and_whitespace"),
                    rule(r#"/>"#, TokenThen(Punctuation, Pop(2))),
                    rule(r#">"#, TokenThen(Punctuation, Pop(1))),
                    rule(
                        r#"\{"#,
                        Custom(|l, m| {
                            l.token(StrInterpol, m.get(0));
                            l.go(Push("interpol"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule(r#"[a-zA-Z0-9_][a-zA-Z0-9_-]*"#, Token(NameAttribute)),
                    rule(r#"="#, Token(Punctuation)),
                    rule(r#"(["']).*?(\1)"#, Token(Str)),
                ],
            ),
            (
                "element_name",
                vec![
                    rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(NameClass)),
                    rule(r#"[a-zA-Z0-9_]+"#, Token(NameTag)),
                    rule(r#"\."#, Token(Punctuation)),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "interpol",
                vec![
                    rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
                    rule(
                        r#"\{"#,
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("interpol_inner"));
                            l.go(Push("statement"));
                        }),
                    ),
                    mixin("root"),
                ],
            ),
            (
                "interpol_inner",
                vec![
                    rule(r#"\}"#, TokenThen(Punctuation, Goto("statement"))),
                    mixin("root"),
                ],
            ),
        ])
        .starting(vec!["root", "expr_start"])
});
