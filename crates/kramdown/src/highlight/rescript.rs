//! Rouge's `rescript` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "and",
    "as",
    "assert",
    "constraint",
    "downto",
    "else",
    "exception",
    "export",
    "external",
    "for",
    "if",
    "import",
    "in",
    "include",
    "lazy",
    "let",
    "module",
    "mutable",
    "of",
    "open",
    "private",
    "rec",
    "switch",
    "to",
    "try",
    "type",
    "when",
    "while",
    "with",
];
const TYPES: &[&str] = &[
    "array", "bool", "char", "exn", "float", "format", "int", "list", "option", "ref", "string",
    "unit",
];
const WORD_OPERATORS: &[&str] = &["asr", "land", "lor", "lsl", "lsr", "lxor", "mod", "or"];

/// The language.
pub(crate) static RESCRIPT: LazyLock<Language> = LazyLock::new(|| {
    let mut states = vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[,.:?~\\]"#, Token(Text)),
                rule(r#"\btrue|false\b"#, Token(KeywordConstant)),
                rule(
                    r#"(?-si:[A-Z][a-zA-Z0-9_']*)(?=[ \t\n\r\x0B\x0C]*[.])"#,
                    TokenThen(NameNamespace, Push("dotted")),
                ),
                rule(
                    r#"@(?i-s:[a-z_][a-zA-Z0-9_']*)(\.(?i-s:[a-z_][a-zA-Z0-9_']*))*"#,
                    Token(NameDecorator),
                ),
                rule(r#"\#(?i-s:[a-z_][a-zA-Z0-9_']*)"#, Token(NameClass)),
                rule(r#"[A-Z][a-zA-Z0-9_']*"#, Token(NameClass)),
                rule(r#"//.*"#, Token(CommentSingle)),
                rule(r#"/\*"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(
                    r#"(?i)[a-z_][a-zA-Z0-9_']*"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if WORD_OPERATORS.binary_search(&m.get(0)).is_ok() {
                            l.token(OperatorWord, m.get(0));
                        } else if TYPES.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordType, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"[(){}\[\];]+"#, Token(Punctuation)),
                rule(r#"[;_!$%&*+/<=>@^|-]+"#, Token(Operator)),
                rule(
                    r#"(?i)-?[0-9][0-9_]*(.[0-9_]*)?(e[+-]?[0-9][0-9_]*)"#,
                    Token(NumFloat),
                ),
                rule(r#"(?i)0x[0-9a-fA-F][0-9a-fA-F_]*"#, Token(NumHex)),
                rule(r#"(?i)0o[0-7][0-7_]*"#, Token(NumOct)),
                rule(r#"(?i)0b[01][01_]*"#, Token(NumBin)),
                rule(r#"[0-9][0-9_]*"#, Token(NumInteger)),
                rule(
                    r#"'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'"#,
                    Token(StrChar),
                ),
                rule(r#"'[^'/]'"#, Token(StrChar)),
                rule(r#"'"#, Token(Keyword)),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"`"#, TokenThen(StrDouble, Push("interpolated_string"))),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"[^/\*]+"#, Token(CommentMultiline)),
                rule(r#"/\*"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"\*/"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[*/]"#, Token(CommentMultiline)),
            ],
        ),
        (
            "interpolated_string",
            vec![
                rule(
                    r#"[$]\{"#,
                    TokenThen(Punctuation, Push("interpolated_expression")),
                ),
                rule(r#"`"#, TokenThen(StrDouble, Pop(1))),
                rule(r#"\\[$`]"#, Token(StrEscape)),
                rule(r#"[^$`\\]+"#, Token(StrDouble)),
                rule(r#"[\\$]"#, Token(StrDouble)),
            ],
        ),
        (
            "interpolated_expression",
            vec![rule(r#"\}"#, TokenThen(Punctuation, Pop(1))), mixin("root")],
        ),
    ];
    states.extend(super::ocaml_common::states());
    Language::new(states)
});
