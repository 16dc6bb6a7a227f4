//! Rouge's `epp` lexer: Embedded Puppet templates, plain text with Puppet inside
//! `<% %>` tags (a `TemplateLexer` whose parent is plain text).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::plaintext::PLAINTEXT;
use super::puppet::PUPPET;
use super::token::Tok::*;

const OPEN: &str = r"<%%|<%=|<%#|(?:<%-|<%)(?:\s*\|)?";
const CLOSE: &str = r"%%>|(?:\|\s*)?(?:-%>|%>)";

/// The language.
pub(crate) static EPP: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule("<%#", TokenThen(Comment, Push("comment"))),
                rule(OPEN, TokenThen(CommentPreproc, Push("puppet"))),
                rule(
                    &format!("(?s).+?(?={OPEN})|(?s).+"),
                    Custom(|l, m| l.delegate_parent(&PLAINTEXT, m.get(0))),
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
            "puppet",
            vec![
                rule(CLOSE, TokenThen(CommentPreproc, Pop(1))),
                rule(
                    &format!("(?s).+?(?={CLOSE})|(?s).+"),
                    Custom(|l, m| l.delegate(&PUPPET, m.get(0))),
                ),
            ],
        ),
    ])
});
