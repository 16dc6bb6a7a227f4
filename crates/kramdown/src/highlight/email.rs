//! Rouge's `email` lexer (email, eml, e-mail).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::r;
use super::token::Tok::*;

/// The language.
pub(crate) static EMAIL: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "fields",
                vec![
                    r("[:]", TokenThen(Operator, Push("field_body"))),
                    r(r"[^\n\r:]+", Token(NameTag)),
                    r(r"[\n\r]", Token(NameTag)),
                ],
            ),
            (
                "field_body",
                vec![
                    r(r"(\r?\n){2}", TokenThen(Text, Pop(2))),
                    r(r"\r?\n(?![ \v\t\f])", TokenThen(Text, Pop(1))),
                    r(r"[^\n\r]+", Token(NameAttribute)),
                    r(r"[\n\r]", Token(NameAttribute)),
                ],
            ),
            (
                "root",
                vec![
                    r(r"\n", Token(Text)),
                    r("^>.*", Token(Comment)),
                    r(".+", Token(Text)),
                ],
            ),
        ],
        vec!["root", "fields"],
    )
});
