//! Rouge's `OCamlCommon`: the states OCaml, ReasonML and ReScript share.

use super::engine::{Action::*, Next::*, Rule, mixin, rule};
use super::token::Tok::*;

/// The `string`, `escape_sequence` and `dotted` states.
pub(crate) fn states() -> Vec<(&'static str, Vec<Rule>)> {
    vec![
        (
            "string",
            vec![
                rule(r#"[^\\"]+"#, Token(StrDouble)),
                mixin("escape_sequence"),
                rule(r#"\\\n"#, Token(StrDouble)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "escape_sequence",
            vec![
                rule(r#"\\[\\"'ntbr]"#, Token(StrEscape)),
                rule(r#"\\[0-9]{3}"#, Token(StrEscape)),
                rule(r#"\\x[0-9a-fA-F]{2}"#, Token(StrEscape)),
            ],
        ),
        (
            "dotted",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[.]"#, Token(Punctuation)),
                rule(
                    r#"(?-si:[A-Z][a-zA-Z0-9_']*)(?=[ \t\n\r\x0B\x0C]*[.])"#,
                    Token(NameNamespace),
                ),
                rule(r#"[A-Z][a-zA-Z0-9_']*"#, TokenThen(NameClass, Pop(1))),
                rule(r#"(?i)[a-z_][a-zA-Z0-9_']*"#, TokenThen(Name, Pop(1))),
                rule(r#"[({\[]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
    ]
}
