//! Rouge's `diff` lexer (diff, patch, udiff).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static DIFF: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(r"^ .*$\n?", Token(Text)),
            rule(r"^---$\n?", Token(Punctuation)),
            rule(r"^[+>]+.*$\n?", Token(GenericInserted)),
            rule(r"^\+.*$\n?", Token(GenericInserted)),
            rule(r"^[-<]+.*$\n?", Token(GenericDeleted)),
            rule(r"^!.*$\n?", Token(GenericStrong)),
            rule(r"^([Ii]ndex|diff).*$\n?", Token(GenericHeading)),
            rule(r"^(@@[^@]*@@)([^\n]*\n)", Groups(&[Punctuation, Text])),
            rule(r"^[A-Za-z0-9_].*$\n?", Token(Punctuation)),
            rule(r"^=.*$\n?", Token(GenericHeading)),
            rule(r"[ \t\n\r\x0B\x0C].*$\n?", Token(Text)),
        ],
    )])
});
