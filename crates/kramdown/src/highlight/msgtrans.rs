//! Rouge's `msgtrans` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The `msgtrans` language.
pub(crate) static MSGTRANS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"^#[^\n]*"#, Token(Comment)),
                rule(r#"[^\t\n\r ,):?/]+"#, Token(NameVariable)),
                rule(r#"[\n/?]"#, Token(Operator)),
                rule(r#":"#, TokenThen(Operator, Push("value"))),
            ],
        ),
        (
            "value",
            vec![
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                rule(r#"%[0-3%]"#, Token(Operator)),
                rule(r#"[^\n%]"#, Token(Str)),
            ],
        ),
    ])
});
