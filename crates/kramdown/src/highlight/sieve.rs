//! Rouge's `sieve` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const ACTIONS: &[&str] = &[
    "addflag",
    "addheader",
    "deleteheader",
    "discard",
    "enclose",
    "ereject",
    "extracttext",
    "fileinto",
    "keep",
    "notify",
    "redirect",
    "reject",
    "removeflag",
    "replace",
    "setflag",
    "vacation",
];
const CONTROLS: &[&str] = &["else", "elsif", "if", "require", "stop"];
const TESTS: &[&str] = &[
    "address",
    "allof",
    "anyof",
    "body",
    "currentdate",
    "date",
    "exists",
    "false",
    "hasflag",
    "header",
    "mailboxexists",
    "metadata",
    "metadataexists",
    "not",
    "notify_method_capability",
    "servermetadata",
    "servermetadataexists",
    "size",
    "spamtest",
    "true",
    "valid_notify_method",
    "virustest",
];

/// The language.
pub(crate) static SIEVE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(r#"(?s)/(\\\n)?[*].*?[*](\\\n)?/"#, Token(CommentMultiline)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(
                    r#"\$\{(?:[0-9][.0-9]*|[a-zA-Z_][.a-zA-Z0-9_]*)\}"#,
                    Token(StrInterpol),
                ),
                rule(r#"."#, Token(StrDouble)),
            ],
        ),
        (
            "root",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"[\[\](),;{}]"#, Token(Punctuation)),
                rule(
                    r#":?[a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        let t = if CONTROLS.binary_search(&w).is_ok() {
                            Keyword
                        } else if TESTS.binary_search(&w).is_ok() {
                            NameVariable
                        } else if ACTIONS.binary_search(&w).is_ok() {
                            NameFunction
                        } else if w.starts_with(':') {
                            Operator
                        } else {
                            NameOther
                        };
                        l.token(t, w);
                    }),
                ),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"[0-9]+[KMG]"#, Token(NumInteger)),
            ],
        ),
    ])
});
