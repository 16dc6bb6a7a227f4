//! Rouge's `jsp` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::html::HTML;
use super::java::JAVA;
use super::token::Tok::*;

/// The `jsp` language.
pub(crate) static JSP: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"<%--"#, TokenThen(Comment, Push("jsp_comment"))),
                rule(
                    r#"<%@[ \t\n\r\x0B\x0C]*(page|include|taglib)[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(NameTag, Push("jsp_directive")),
                ),
                rule(
                    r#"<jsp:directive\.(page|include|taglib)"#,
                    TokenThen(NameTag, Push("jsp_directive2")),
                ),
                rule(
                    r#"<jsp:(scriptlet|declaration|expression)>"#,
                    TokenThen(NameTag, Push("jsp_expression")),
                ),
                rule(
                    r#"<[a-zA-Z]*:[a-zA-Z]*[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(NameTag, Push("jsp_tag")),
                ),
                rule(r#"</[a-zA-Z]*:[a-zA-Z]*>"#, Token(NameTag)),
                rule(r#"<%[!=]?"#, TokenThen(NameTag, Push("jsp_expression2"))),
                rule(
                    r#"(?s)(.+?)(?=(<%|</?[a-zA-Z]*:))"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
                rule(
                    r#"(?s).+"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "jsp_comment",
            vec![
                rule(r#"(--%>)"#, TokenThen(Comment, Pop(1))),
                rule(r#"(?s)."#, Token(Comment)),
            ],
        ),
        (
            "jsp_directive",
            vec![
                rule(r#"(%>)"#, TokenThen(NameTag, Pop(1))),
                mixin("attributes"),
                rule(
                    r#"(?s)(.+?)(?=%>)"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "jsp_directive2",
            vec![
                rule(r#"(/>)"#, TokenThen(NameTag, Pop(1))),
                mixin("attributes"),
                rule(
                    r#"(?s)(.+?)(?=/>)"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "jsp_expression",
            vec![
                rule(
                    r#"</jsp:(scriptlet|declaration|expression)>"#,
                    TokenThen(NameTag, Pop(1)),
                ),
                mixin("attributes"),
                rule(r#"[^</]+"#, Custom(|l, m| l.delegate(&JAVA, m.get(0)))),
            ],
        ),
        (
            "jsp_expression2",
            vec![
                rule(r#"%>"#, TokenThen(NameTag, Pop(1))),
                rule(r#"[^%>]+"#, Custom(|l, m| l.delegate(&JAVA, m.get(0)))),
            ],
        ),
        (
            "jsp_tag",
            vec![
                rule(r#"/?>"#, TokenThen(NameTag, Pop(1))),
                mixin("attributes"),
                rule(
                    r#"(?s)(.+?)(?=/?>)"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "attributes",
            vec![rule(
                r#"(?s)[ \t\n\r\x0B\x0C]*[a-zA-Z0-9_:-]+[ \t\n\r\x0B\x0C]*=[ \t\n\r\x0B\x0C]*"#,
                TokenThen(NameAttribute, Push("attr")),
            )],
        ),
        (
            "attr",
            vec![
                rule(r#"""#, TokenThen(Str, Goto("double_quotes"))),
                rule(r#"'"#, TokenThen(Str, Goto("single_quotes"))),
                rule(r#"[^ \t\n\r\x0B\x0C>]+"#, TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "double_quotes",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\$\{"#, TokenThen(StrInterpol, Push("jsp_interp"))),
                rule(r#"[^"]+"#, Token(Str)),
            ],
        ),
        (
            "single_quotes",
            vec![
                rule(r#"'"#, TokenThen(Str, Pop(1))),
                rule(r#"\$\{"#, TokenThen(StrInterpol, Push("jsp_interp"))),
                rule(r#"[^']+"#, Token(Str)),
            ],
        ),
        (
            "jsp_interp",
            vec![
                rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
                rule(r#"'"#, TokenThen(Literal, Push("jsp_interp_literal_start"))),
                rule(r#"[^'\}]+"#, Custom(|l, m| l.delegate(&JAVA, m.get(0)))),
            ],
        ),
        (
            "jsp_interp_literal_start",
            vec![
                rule(r#"'"#, TokenThen(Literal, Pop(1))),
                rule(r#"[^']+"#, Token(Literal)),
            ],
        ),
    ])
});
