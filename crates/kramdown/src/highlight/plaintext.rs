//! Rouge's `plaintext` lexer (plaintext, text): the whole text one token,
//! `Text` or the one its `token` option names (`plaintext?token=Generic.Output`).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, rule};
use super::token::Tok;

/// The language.
pub(crate) static PLAINTEXT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![rule(
            "(?s).+",
            Custom(|l, m| {
                let tok = l
                    .options()
                    .string("token")
                    .and_then(Tok::by_qualname)
                    .unwrap_or(Tok::Text);
                l.token(tok, m.get(0));
            }),
        )],
    )])
});
