//! Rouge's `mason` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::html::HTML;
use super::perl::PERL;
use super::token::Tok::*;

/// The `mason` language.
pub(crate) static MASON: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        ("root", vec![mixin("mason_tags")]),
        (
            "mason_tags",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(
                    r#"(?i)<%(text|doc)>"#,
                    TokenThen(CommentPreproc, Push("text_block")),
                ),
                rule(
                    r#"(?i)<%(args|flags|attr|init|once|shared|perl|cleanup|filter)>"#,
                    TokenThen(CommentPreproc, Push("perl_block")),
                ),
                rule(
                    r#"(?i)(<%(def|method))([^>]*)(>)"#,
                    Custom(|l, m| {
                        l.token(CommentPreproc, m.get(1));
                        l.token(Name, m.get(3));
                        l.token(CommentPreproc, m.get(4));
                        l.go(Push("component_block"));
                    }),
                ),
                rule(
                    r#"^(%)(.*)$"#,
                    Custom(|l, m| {
                        l.token(CommentPreproc, m.get(1));
                        l.delegate(&PERL, m.get(2));
                    }),
                ),
                rule(r#"<%"#, TokenThen(CommentPreproc, Push("component_call"))),
                rule(
                    r#"<&\|"#,
                    Custom(|l, m| {
                        l.token(CommentPreproc, m.get(0));
                        l.go(Push("component_with_content"));
                        l.go(Push("component_sub"));
                    }),
                ),
                rule(r#"<&"#, TokenThen(CommentPreproc, Push("component_sub"))),
                rule(
                    r#"(?s)(.+?)(?=(</?&|</?%|^%|^#))"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
                rule(
                    r#"(?s).+"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "perl_block",
            vec![
                rule(
                    r#"(?i)</%(args|flags|attr|init|once|shared|perl|cleanup|filter)>"#,
                    TokenThen(CommentPreproc, Pop(1)),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"^(#.*)$"#, Token(Comment)),
                rule(
                    r#"(?s)(.*?[^"])(?=</%)"#,
                    Custom(|l, m| l.delegate(&PERL, m.get(0))),
                ),
            ],
        ),
        (
            "text_block",
            vec![
                rule(r#"(?i)</%(text|doc)>"#, TokenThen(CommentPreproc, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"^(#.*)$"#, Token(Comment)),
                rule(r#"(?s)(.*?[^"])(?=</%)"#, Token(Comment)),
            ],
        ),
        (
            "component_block",
            vec![
                rule(r#"(?i)</%(def|method)>"#, TokenThen(CommentPreproc, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"^(#.*)$"#, Token(Comment)),
                mixin("mason_tags"),
            ],
        ),
        (
            "component_with_content",
            vec![
                rule(r#"</&>"#, TokenThen(CommentPreproc, Pop(1))),
                mixin("mason_tags"),
            ],
        ),
        (
            "component_sub",
            vec![
                rule(r#"&>"#, TokenThen(CommentPreproc, Pop(1))),
                rule(
                    r#"(?s)(.*?)(?=&>)"#,
                    Custom(|l, m| l.delegate(&PERL, m.get(0))),
                ),
            ],
        ),
        (
            "component_call",
            vec![
                rule(r#"%>"#, TokenThen(CommentPreproc, Pop(1))),
                rule(
                    r#"(?s)(.*?)(?=%>)"#,
                    Custom(|l, m| l.delegate(&PERL, m.get(0))),
                ),
            ],
        ),
    ])
});
