//! Rouge's `conf` lexer (conf, config, configuration).

use std::sync::LazyLock;

use super::engine::{Action::*, Language};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// The language.
pub(crate) static CONF: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            r(r"#.*?\n", Token(Comment)),
            r("\".*?\"", Token(StrDouble)),
            r("'.*?'", Token(StrSingle)),
            rf(r"[a-z]\w*", "i", Token(Name)),
            r(r"\d+", Token(Num)),
            r(r#"[^\w#"']+"#, Token(Text)),
        ],
    )])
});
