//! Rouge's `dot` lexer (Graphviz).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::html::HTML;
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// The language.
pub(crate) static DOT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![
                r(r"\s+", Token(Text)),
                r("#.*", Token(CommentSingle)),
                r("//.*?$", Token(CommentSingle)),
                rf(r"/(\\\n)?[*].*?[*](\\\n)?/", "m", Token(CommentMultiline)),
            ],
        ),
        (
            "html",
            vec![
                r("[^<>]+", Custom(|l, m| l.delegate(&HTML, m.get(0)))),
                rf("<.+?>", "m", Custom(|l, m| l.delegate(&HTML, m.get(0)))),
                r(">", TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "ID",
            vec![
                r(
                    r"([a-zA-Z][a-zA-Z_0-9]*)(\s*)(=)",
                    Groups(&[Name, Text, Punctuation]),
                ),
                r("[a-zA-Z][a-zA-Z_0-9]*", Token(NameVariable)),
                r(r"([0-9]+)?\.[0-9]+", Token(NumFloat)),
                r("[0-9]+", Token(NumInteger)),
                r(r#""(\\"|[^"])*""#, Token(StrDouble)),
                r(
                    "<",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.reset_delegate(&HTML);
                        l.go(Push("html"));
                    }),
                ),
            ],
        ),
        (
            "a_list",
            vec![
                mixin("comments_and_whitespace"),
                mixin("ID"),
                r("[=;,]", Token(Punctuation)),
                r(r"\]", TokenThen(Operator, Pop(1))),
            ],
        ),
        (
            "root",
            vec![
                mixin("comments_and_whitespace"),
                rf(
                    r"\b(strict|graph|digraph|subgraph|node|edge)\b",
                    "i",
                    Token(Keyword),
                ),
                r("[{};:=]", Token(Punctuation)),
                r("-[->]", Token(Operator)),
                r(r"\[", TokenThen(Operator, Push("a_list"))),
                mixin("ID"),
            ],
        ),
    ])
});
