//! Rouge's `eex` lexer (eex, leex, heex): HTML with embedded Elixir.

use std::sync::LazyLock;

use super::elixir::ELIXIR;
use super::engine::{Action::*, Language, Next::*};
use super::html::HTML;
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const OPEN: &str = "<%%|<%=|<%#|<%";
const CLOSE: &str = "%%>|%>";

/// The language.
pub(crate) static EEX: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r("<%#", TokenThen(Comment, Push("comment"))),
                r(OPEN, TokenThen(CommentPreproc, Push("elixir"))),
                rf(
                    &format!(".+?(?=(?:{OPEN}))|.+"),
                    "m",
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "comment",
            vec![
                r(CLOSE, TokenThen(Comment, Pop(1))),
                rf(&format!(".+?(?=(?:{CLOSE}))|.+"), "m", Token(Comment)),
            ],
        ),
        (
            "elixir",
            vec![
                r(CLOSE, TokenThen(CommentPreproc, Pop(1))),
                rf(
                    &format!(".+?(?=(?:{CLOSE}))|.+"),
                    "m",
                    Custom(|l, m| l.delegate(&ELIXIR, m.get(0))),
                ),
            ],
        ),
    ])
});
