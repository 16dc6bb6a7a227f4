//! Rouge's `html` lexer; the bodies of `<script>` and `<style>` go to the
//! JavaScript and CSS lexers.

use std::sync::LazyLock;

use super::css::CSS;
use super::engine::{Action::*, Language, Next::*, rule};
use super::javascript::JAVASCRIPT;
use super::token::Tok::*;

const NAME_START: &str = r"[\p{L}:_\-]";
const NAME_REST: &str = r"[\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·\-]*";
const S: &str = r"[ \t\n\r\x0B\x0C]";

/// The language.
pub(crate) static HTML: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule("[^<&]+", Token(Text)),
                rule(r"&[^ \t\n\r\x0B\x0C]*?;", Token(NameEntity)),
                rule(r"(?is)<!DOCTYPE .*?>", Token(CommentPreproc)),
                rule(r"(?s)<!\[CDATA\[.*?\]\]>", Token(CommentPreproc)),
                rule("<!--", TokenThen(Comment, Push("comment"))),
                rule(r"(?s)<\?.*?\?>", Token(CommentPreproc)),
                rule(
                    &format!("<{S}*script{S}*"),
                    Custom(|l, m| {
                        l.token(NameTag, m.get(0));
                        l.reset_delegate(&JAVASCRIPT);
                        l.go(Push("script_content"));
                        l.go(Push("tag"));
                    }),
                ),
                rule(
                    &format!("<{S}*style{S}*"),
                    Custom(|l, m| {
                        l.token(NameTag, m.get(0));
                        l.reset_delegate(&CSS);
                        l.go(Push("style_content"));
                        l.go(Push("tag"));
                    }),
                ),
                rule("</", TokenThen(NameTag, Push("tag_end"))),
                rule("<", TokenThen(NameTag, Push("tag_start"))),
                rule(
                    &format!("<{S}*{NAME_START}{NAME_REST}"),
                    TokenThen(NameTag, Push("tag")),
                ),
                rule(
                    &format!("<{S}*/{S}*{NAME_START}{NAME_REST}{S}*>"),
                    Token(NameTag),
                ),
            ],
        ),
        (
            "tag_end",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule(">", TokenThen(NameTag, Pop(1))),
                rule(
                    &format!("{NAME_START}{NAME_REST}"),
                    TokenThen(NameTag, Goto("tag_end_end")),
                ),
            ],
        ),
        (
            "tag_end_end",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule(">", TokenThen(NameTag, Pop(1))),
            ],
        ),
        (
            "tag_start",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule(
                    &format!("{NAME_START}{NAME_REST}"),
                    TokenThen(NameTag, Goto("tag")),
                ),
                rule("", TokenThen(Text, Goto("tag"))),
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
                    &format!(
                        r"[\p{{L}}:_\[\]()*.\-][\p{{L}}\p{{M}}\p{{Nd}}\p{{Pc}}\p{{Cf}}:.·\[\]()*\-]*{S}*={S}*"
                    ),
                    TokenThen(NameAttribute, Push("attr")),
                ),
                rule(
                    r"[\p{L}:_*#\-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·*#\-]*",
                    Token(NameAttribute),
                ),
                rule(&format!("/?{S}*>"), TokenThen(NameTag, Pop(1))),
            ],
        ),
        (
            "attr",
            vec![
                rule("\"", TokenThen(Str, Goto("dq"))),
                rule("'", TokenThen(Str, Goto("sq"))),
                rule(r"[^ \t\n\r\x0B\x0C>]+", TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "dq",
            vec![
                rule("\"", TokenThen(Str, Pop(1))),
                rule("[^\"]+", Token(Str)),
            ],
        ),
        (
            "sq",
            vec![rule("'", TokenThen(Str, Pop(1))), rule("[^']+", Token(Str))],
        ),
        (
            "script_content",
            vec![
                rule("[^<]+", Custom(|l, m| l.delegate(&JAVASCRIPT, m.get(0)))),
                rule(
                    &format!("<{S}*/{S}*script{S}*>"),
                    TokenThen(NameTag, Pop(1)),
                ),
                rule("<", Custom(|l, m| l.delegate(&JAVASCRIPT, m.get(0)))),
            ],
        ),
        (
            "style_content",
            vec![
                rule("[^<]+", Custom(|l, m| l.delegate(&CSS, m.get(0)))),
                rule(&format!("<{S}*/{S}*style{S}*>"), TokenThen(NameTag, Pop(1))),
                rule("<", Custom(|l, m| l.delegate(&CSS, m.get(0)))),
            ],
        ),
    ])
});
