//! Rouge's `lustre`, `lutin` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const LUSTRE_PRIMITIVES: &[&str] = &["bool", "int", "real"];
const LUSTRE_KEYWORDS: &[&str] = &[
    "assert", "body", "const", "current", "end", "enum", "extern", "function", "include", "is",
    "let", "merge", "model", "needs", "node", "operator", "package", "provides", "returns", "step",
    "struct", "tel", "type", "unsafe", "uses", "var",
];
const LUSTRE_WORD_OPERATORS: &[&str] = &[
    "and", "div", "else", "fby", "if", "mod", "nor", "not", "or", "pre", "then", "when", "with",
    "xor",
];
const LUTIN_PRIMITIVES: &[&str] = &["bool", "fby", "int", "loop", "real", "trace"];
const LUTIN_KEYWORDS: &[&str] = &[
    "assert",
    "catch",
    "do",
    "erun",
    "exception",
    "exist",
    "extern",
    "false",
    "in",
    "include",
    "let",
    "node",
    "raise",
    "ref",
    "returns",
    "run",
    "strong",
    "system",
    "trap",
    "true",
    "try",
    "type",
    "weak",
];
const LUTIN_WORD_OPERATORS: &[&str] = &[
    "and", "div", "else", "if", "mod", "nor", "not", "or", "pre", "then", "xor",
];

/// The `lustre` language.
pub(crate) static LUSTRE: LazyLock<Language> = LazyLock::new(language);

/// Lustre's states, which Lutin shares.
fn language() -> Language {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"false|true"#, Token(KeywordConstant)),
                rule(r#"\-\-.*"#, Token(CommentSingle)),
                rule(r#"(?s)/\*.*?\*/"#, Token(CommentMultiline)),
                rule(r#"(?s)\(\*.*?\*\)"#, Token(CommentMultiline)),
                rule(
                    r#"(?i)[a-z_][a-zA-Z0-9_']*"#,
                    Custom(|l, m| {
                        let lutin = l.variant() == "lutin";
                        let (keywords, word_operators, primitives) = if lutin {
                            (LUTIN_KEYWORDS, LUTIN_WORD_OPERATORS, LUTIN_PRIMITIVES)
                        } else {
                            (LUSTRE_KEYWORDS, LUSTRE_WORD_OPERATORS, LUSTRE_PRIMITIVES)
                        };
                        if has(keywords, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if has(word_operators, m.get(0)) {
                            l.token(OperatorWord, m.get(0));
                        } else if has(primitives, m.get(0)) {
                            l.token(KeywordType, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"[(){}\[\];]+"#, Token(Punctuation)),
                rule(r#"[,!$%\&*+./:<=>?@^|\~#-]+"#, Token(Operator)),
                rule(
                    r#"(?i)-?[0-9][0-9_]*(.[0-9_]*)?(e[+-]?[0-9][0-9_]*)"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9][0-9_]*"#, Token(NumInteger)),
                rule(
                    r#"'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'"#,
                    Token(StrChar),
                ),
                rule(r#"'[.]'"#, Token(StrChar)),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"[\~?](?i-s:[a-z_][a-zA-Z0-9_']*)"#, Token(NameVariable)),
            ],
        ),
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
    ])
}

/// The `lutin` language: Lustre's rules with Lutin's words (Rouge's
/// `Lutin < Lustre`, which overrides `keywords`, `word_operators` and `primitives`).
pub(crate) static LUTIN: LazyLock<Language> =
    LazyLock::new(|| language().subclass("lutin", Vec::new()));

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
