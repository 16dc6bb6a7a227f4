//! Rouge's `xquery` lexer: XPath's rules with XQuery's before them in `root`
//! and XML constructors in states of its own (Rouge's `XQuery < XPath`).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static XQUERY: LazyLock<Language> = LazyLock::new(|| {
    super::xpath::language()
        .subclass(
            "xquery",
            vec![(
                "root",
                vec![
                mixin("tags"),
                rule(r#"\{"#, Token(Punctuation)),
                rule(
                    r#"\}`?"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"(namespace)([ \t\n\r\x0B\x0C]+)((?i-s:[a-z_][a-z_\-.0-9]*))"#,
                    Groups(&[Keyword, Whitespace, NameNamespace]),
                ),
                rule(
                    r#"((?-si:(?-si:let|for|some|every|if|then|else|return|in|satisfies)|(?-si:xquery|encoding|version|declare|module|namespace|copy\-namespaces|boundary\-space|construction|default|collation|base\-uri|preserve|strip|ordering|ordered|unordered|order|empty|greatest|least|preserve|no\-preserve|inherit|no\-inherit|decimal\-format|decimal\-separator|grouping\-separator|infinity|minus\-sign|NaN|percent|per\-mille|zero\-digit|digit|pattern\-separator|exponent\-separator|import|schema|at|element|option|function|external|context|item|typeswitch|switch|case|try|catch|validate|lax|strict|type|document|element|attribute|text|comment|processing\-instruction|for|let|where|order|group|by|return|allowing|tumbling|stable|sliding|window|start|end|only|when|previous|next|count|collation|ascending|descending)))\b"#,
                    Token(Keyword),
                ),
                rule(r#";"#, Token(Punctuation)),
                rule(r#"%"#, TokenThen(KeywordDeclaration, Push("annotation"))),
                rule(
                    r#"(\(#)([ \t\n\r\x0B\x0C]*)((?-si:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?)))"#,
                    GroupsThen(&[CommentPreproc, Whitespace, NameTag], Push("pragma")),
                ),
                rule(r#"``\["#, TokenThen(Str, Push("str_constructor"))),
                ],
            )],
        )
        .replacing(vec![
        (
            "tags",
            vec![
                rule(
                    r#"<(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?)"#,
                    TokenThen(NameTag, Push("start_tag")),
                ),
                rule(r#"<!--"#, TokenThen(Comment, Push("xml_comment"))),
                rule(r#"<\?.*?\?>"#, Token(CommentPreproc)),
                rule(r#"<!\[CDATA\[.*?\]\]>"#, Token(CommentPreproc)),
                rule(r#"&[^ \t\n\r\x0B\x0C]*?;"#, Token(NameEntity)),
            ],
        ),
        (
            "annotation",
            vec![
                mixin("commentsAndWhitespace"),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    TokenThen(KeywordDeclaration, Pop(1)),
                ),
            ],
        ),
        (
            "pragma",
            vec![
                mixin("commentsAndWhitespace"),
                rule(r#"#\)"#, TokenThen(CommentPreproc, Pop(1))),
                rule(r#"."#, Token(CommentPreproc)),
            ],
        ),
        (
            "str_constructor",
            vec![
                rule(r#"`\{"#, TokenThen(Punctuation, Push("root"))),
                rule(r#"\]``"#, TokenThen(Str, Pop(1))),
                rule(r#"(?s)[^`\]]+"#, Token(Str)),
                rule(r#"[`\]]"#, Token(Str)),
            ],
        ),
        (
            "xml_comment",
            vec![
                rule(r#"(?s)[^-]+"#, Token(Comment)),
                rule(r#"-->"#, TokenThen(Comment, Pop(1))),
                rule(r#"-"#, Token(Comment)),
            ],
        ),
        (
            "start_tag",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(
                    r#"(?s)([a-zA-Z0-9_.:-]+[ \t\n\r\x0B\x0C]*=)(")"#,
                    GroupsThen(&[NameAttribute, Str], Push("quot_attr")),
                ),
                rule(
                    r#"(?s)([a-zA-Z0-9_.:-]+[ \t\n\r\x0B\x0C]*=)(')"#,
                    GroupsThen(&[NameAttribute, Str], Push("apos_attr")),
                ),
                rule(r#">"#, TokenThen(NameTag, Push("tag_content"))),
                rule(r#"/>"#, TokenThen(NameTag, Pop(1))),
            ],
        ),
        (
            "quot_attr",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\{\{"#, Token(Str)),
                rule(r#"\{"#, TokenThen(Punctuation, Push("root"))),
                rule(r#"(?s)[^"{>]+"#, Token(Str)),
            ],
        ),
        (
            "apos_attr",
            vec![
                rule(r#"'"#, TokenThen(Str, Pop(1))),
                rule(r#"\{\{"#, Token(Str)),
                rule(r#"\{"#, TokenThen(Punctuation, Push("root"))),
                rule(r#"(?s)[^'{>]+"#, Token(Str)),
            ],
        ),
        (
            "tag_content",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                mixin("tags"),
                rule(r#"(\{\{|\}\})"#, Token(Text)),
                rule(r#"\{"#, TokenThen(Punctuation, Push("root"))),
                rule(r#"[^{}<&]"#, Token(Text)),
                rule(
                    r#"</(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?)([ \t\n\r\x0B\x0C]*)>"#,
                    TokenThen(NameTag, Pop(2)),
                ),
            ],
        ),
        ])
});
