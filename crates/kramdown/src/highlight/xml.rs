//! Rouge's `xml` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, Rule, rule};
use super::token::Tok::*;

const NAME: &str = r"[\p{L}:_][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·\-]*";
const S: &str = r"[ \t\n\r\x0B\x0C]";

/// The language.
pub(crate) static XML: LazyLock<Language> = LazyLock::new(|| Language::new(states()));

/// The states of the `xml` lexer (`biml` builds on them).
pub(crate) fn states() -> Vec<(&'static str, Vec<Rule>)> {
    vec![
        (
            "root",
            vec![
                rule("[^<&]+", Token(Text)),
                rule(r"&[^ \t\n\r\x0B\x0C]*?;", Token(NameEntity)),
                rule(r"<!\[CDATA\[.*?\]\]>", Token(CommentPreproc)),
                rule("<!--", TokenThen(Comment, Push("comment"))),
                rule(r"<\?.*?\?>", Token(CommentPreproc)),
                rule("<![^>]*>", Token(CommentPreproc)),
                rule(&format!("<{S}*{NAME}"), TokenThen(NameTag, Push("tag"))),
                rule(&format!("<{S}*/{S}*{NAME}{S}*>"), Token(NameTag)),
            ],
        ),
        (
            "comment",
            vec![
                rule("[^-]+", Token(Comment)),
                rule("-->", TokenThen(Comment, Pop(1))),
                rule("-", Token(Comment)),
            ],
        ),
        (
            "tag",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule(
                    &format!("{NAME}{S}*="),
                    TokenThen(NameAttribute, Push("attr")),
                ),
                rule(&format!("/?{S}*>"), TokenThen(NameTag, Pop(1))),
            ],
        ),
        (
            "attr",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule(
                    r#"(?s:".*?"|'.*?')|[^ \t\n\r\x0B\x0C>]+"#,
                    TokenThen(Str, Pop(1)),
                ),
            ],
        ),
    ]
}
