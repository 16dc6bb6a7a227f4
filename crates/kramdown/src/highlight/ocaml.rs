//! Rouge's `ocaml` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "as",
    "assert",
    "begin",
    "class",
    "constraint",
    "do",
    "done",
    "downto",
    "else",
    "end",
    "exception",
    "external",
    "false",
    "for",
    "fun",
    "function",
    "functor",
    "if",
    "in",
    "include",
    "inherit",
    "initializer",
    "lazy",
    "let",
    "match",
    "module",
    "mutable",
    "new",
    "nonrec",
    "object",
    "of",
    "open",
    "raise",
    "rec",
    "sig",
    "struct",
    "then",
    "to",
    "true",
    "try",
    "type",
    "val",
    "virtual",
    "when",
    "while",
    "with",
];
const PRIMITIVES: &[&str] = &[
    "array", "bool", "char", "float", "int", "list", "string", "unit",
];
const WORD_OPERATORS: &[&str] = &["and", "asr", "land", "lor", "lsl", "lxor", "mod", "or"];

/// The `ocaml` language.
pub(crate) static OCAML: LazyLock<Language> = LazyLock::new(|| {
    let mut states = vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"false|true|[(][)]|\[\]"#, Token(NameBuiltinPseudo)),
                rule(
                    r#"(?-si:[A-Z][a-zA-Z0-9_']*)(?=[ \t\n\r\x0B\x0C]*[.])"#,
                    TokenThen(NameNamespace, Push("dotted")),
                ),
                rule(r#"`(?i-s:[a-z_][a-zA-Z0-9_']*)"#, Token(NameTag)),
                rule(r#"[A-Z][a-zA-Z0-9_']*"#, Token(NameClass)),
                rule(r#"[(][*](?![)])"#, TokenThen(Comment, Push("comment"))),
                rule(
                    r#"(?i)[a-z_][a-zA-Z0-9_']*"#,
                    Custom(|l, m| {
                        if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if has(WORD_OPERATORS, m.get(0)) {
                            l.token(OperatorWord, m.get(0));
                        } else if has(PRIMITIVES, m.get(0)) {
                            l.token(KeywordType, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"[(){}\[\];]+"#, Token(Punctuation)),
                rule(r#"[;,_!$%\&*+./:<=>?@^|\~#-]+"#, Token(Operator)),
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
                rule(r#"'[.]'"#, Token(StrChar)),
                rule(r#"'"#, Token(Keyword)),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"[\~?](?i-s:[a-z_][a-zA-Z0-9_']*)"#, Token(NameVariable)),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"[^(*)]+"#, Token(Comment)),
                rule(r#"[(][*]"#, TokenThen(Comment, PushSelf)),
                rule(r#"[*][)]"#, TokenThen(Comment, Pop(1))),
                rule(r#"[(*)]"#, Token(Comment)),
            ],
        ),
    ];
    states.extend(super::ocaml_common::states());
    Language::new(states)
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
