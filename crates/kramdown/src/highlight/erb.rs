//! Rouge's `erb` lexer: HTML with embedded Ruby.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::html::HTML;
use super::ruby::RUBY;
use super::token::Tok::*;

const OPEN: &str = "<%%|<%=|<%#|<%-|<%";
const CLOSE: &str = "%%>|-%>|%>";

/// The language.
pub(crate) static ERB: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule("<%#", TokenThen(Comment, Push("comment"))),
                rule(OPEN, TokenThen(CommentPreproc, Push("ruby"))),
                rule(
                    &format!("(?s).+?(?={OPEN})|(?s).+"),
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(CLOSE, TokenThen(Comment, Pop(1))),
                rule(&format!("(?s).+?(?={CLOSE})|(?s).+"), Token(Comment)),
            ],
        ),
        (
            "ruby",
            vec![
                rule(CLOSE, TokenThen(CommentPreproc, Pop(1))),
                rule(
                    &format!("(?s).+?(?={CLOSE})|(?s).+"),
                    Custom(|l, m| l.delegate(&RUBY, m.get(0))),
                ),
            ],
        ),
    ])
});
