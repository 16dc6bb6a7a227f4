//! Rouge's `supercollider` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const CONSTANTS: &[&str] = &[
    "currentEnvironment",
    "false",
    "inf",
    "nil",
    "thisFunction",
    "thisFunctionDef",
    "thisMethod",
    "thisProcess",
    "thisThread",
    "topEnvironment",
    "true",
];
const KEYWORDS: &[&str] = &["arg", "classvar", "const", "super", "this", "var"];
const RESERVED: &[&str] = &[
    "case",
    "do",
    "for",
    "forBy",
    "if",
    "loop",
    "new",
    "newCopyArgs",
    "while",
];

/// The language.
pub(crate) static SUPERCOLLIDER: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text))],
        ),
        (
            "comments",
            vec![
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(
                    r#"/[*]"#,
                    TokenThen(CommentMultiline, Push("nested_comment")),
                ),
            ],
        ),
        (
            "nested_comment",
            vec![
                rule(
                    r#"/[*]"#,
                    TokenThen(CommentMultiline, Push("nested_comment")),
                ),
                rule(r#"[*]/"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"(?s)[^*/]+"#, Token(CommentMultiline)),
                rule(r#"."#, Token(CommentMultiline)),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                mixin("comments"),
                rule(r#"[\-+]?0[xX][0-9a-fA-F]+"#, Token(NumHex)),
                rule(
                    r#"[\-+]?[0-9]+r[0-9a-zA-Z]*(\.[0-9A-Z]*)?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"[\-+]?(([0-9]+(\.[0-9]+)?([eE][\-+]?[0-9]+)?(pi)?)|pi)"#,
                    Token(NumFloat),
                ),
                rule(r#"[\-+]?[0-9]+"#, Token(NumInteger)),
                rule(r#"\$(\\.|.)"#, Token(StrChar)),
                rule(r#""([^\\"]|\\.)*""#, Token(Str)),
                rule(r#"'([^\\']|\\.)*'"#, Token(StrOther)),
                rule(r#"\\[a-zA-Z0-9_]+"#, Token(StrOther)),
                rule(r#"[A-Za-z_][a-zA-Z0-9_]*:"#, Token(NameLabel)),
                rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(NameClass)),
                rule(r#"_[a-zA-Z0-9_]+"#, Token(NameFunction)),
                rule(
                    r#"[a-z][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if CONSTANTS.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordConstant, m.get(0));
                        } else if RESERVED.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordReserved, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"~[a-zA-Z0-9_]+"#, Token(NameVariableGlobal)),
                rule(r#"[\{\}()\[\];,\.]"#, Token(Punctuation)),
                rule(r#"[\+\-\*/&\|%<>=]+"#, Token(Operator)),
                rule(r#"[\^:#]"#, Token(Operator)),
                rule(r#"\b_\b"#, Token(NameBuiltin)),
            ],
        ),
    ])
});
