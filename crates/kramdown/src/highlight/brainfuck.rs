//! Rouge's `brainfuck` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// The language.
pub(crate) static BRAINFUCK: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "bol",
                vec![
                    rf(r"\s+", "m", Token(Text)),
                    r(r"\[", TokenThen(CommentMultiline, Push("comment_multi"))),
                    r("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "root",
                vec![
                    r(r"\]", Token(Error)),
                    r(r"\[", TokenThen(Punctuation, Push("loop"))),
                    mixin("comment_single"),
                    mixin("commands"),
                ],
            ),
            (
                "comment_multi",
                vec![
                    r(r"\[", TokenThen(CommentMultiline, Push("comment_multi"))),
                    r(r"\]", TokenThen(CommentMultiline, Pop(1))),
                    rf(r"[^\[\]]+?", "m", Token(CommentMultiline)),
                ],
            ),
            (
                "comment_single",
                vec![r(r"[^><+\-.,\[\]]+", Token(CommentSingle))],
            ),
            (
                "loop",
                vec![
                    r(r"\[", TokenThen(Punctuation, Push("loop"))),
                    r(r"\]", TokenThen(Punctuation, Pop(1))),
                    mixin("comment_single"),
                    mixin("commands"),
                ],
            ),
            (
                "commands",
                vec![
                    r("[><]+", Token(NameBuiltin)),
                    r(r"[+\-.,]+", Token(NameFunction)),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});
