//! Rouge's `rego` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, mixin, rule};
use super::token::Tok::*;

const CONSTANTS: &[&str] = &["false", "null", "true"];
const OPERATORS: &[&str] = &[
    "as", "default", "else", "import", "not", "package", "some", "with",
];

/// The language.
pub(crate) static REGO: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(r#"[\[\](){}|.,;!]"#, Token(Punctuation)),
                rule(r#""[^"]*""#, Token(StrDouble)),
                rule(r#"-?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?"#, Token(NumFloat)),
                rule(r#"-?[0-9]+([eE][+-]?[0-9]+)?"#, Token(Num)),
                rule(r#"\\u[0-9a-fA-F]{4}"#, Token(NumHex)),
                rule(r#"\\["/bfnrt]"#, Token(StrEscape)),
            ],
        ),
        (
            "operators",
            vec![
                rule(r#"(=|!=|>=|<=|>|<|\+|-|\*|%|/|\||&|:=)"#, Token(Operator)),
                rule(r#"[/:?@^~]+"#, Token(Operator)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                mixin("operators"),
                rule(
                    r#"[\w]+"#,
                    Custom(|l, m| {
                        if CONSTANTS.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordConstant, m.get(0));
                        } else if OPERATORS.binary_search(&m.get(0)).is_ok() {
                            l.token(OperatorWord, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
            ],
        ),
    ])
});
