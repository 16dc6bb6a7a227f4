//! Rouge's `syzprog` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "ANY",
    "ANYBLOB",
    "ANYPTR",
    "ANYPTR64",
    "ANYPTRS",
    "ANYRES16",
    "ANYRES32",
    "ANYRES64",
    "ANYRESDEC",
    "ANYRESHEX",
    "ANYRESOCT",
    "ANYUNION",
    "AUTO",
    "async",
    "fail_nth",
    "false",
    "nil",
    "rerun",
    "true",
    "void",
];

/// The language.
pub(crate) static SYZPROG: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "inline_break",
            vec![
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "eol_break",
            vec![
                rule(r#"[\n\r]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "space_break",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "mixin_number",
            vec![
                rule(r#"(?i)-?0x[0-9a-f]+"#, Token(NumHex)),
                rule(r#"-?[0-9]+"#, Token(NumInteger)),
            ],
        ),
        (
            "mixin_string",
            vec![
                rule(r#""[^"]*""#, Token(StrDouble)),
                rule(r#"`[^`]*`"#, Token(StrBacktick)),
                rule(r#"'[^']*'"#, Token(StrSingle)),
            ],
        ),
        (
            "mixin_term",
            vec![
                mixin("mixin_number"),
                mixin("mixin_string"),
                rule(r#"(?-si:r[0-9]+)"#, Token(KeywordPseudo)),
                rule(
                    r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
            ],
        ),
        (
            "mods_list",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                mixin("mixin_term"),
                rule(r#"[,:]"#, Token(Punctuation)),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "syscall_mods",
            vec![
                rule(r#"\("#, TokenThen(Punctuation, Push("mods_list"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "syscall_args",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                mixin("mixin_term"),
                mixin("mixin_number"),
                mixin("mixin_string"),
                rule(r#"[@&=,<>{}\[\]]"#, Token(Punctuation)),
                rule(r#"[!#\$%\^\*\-\+/\|~:;.\?]"#, Token(Punctuation)),
                rule(r#"\("#, TokenThen(Punctuation, Push("syscall_args"))),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(
                    r#"((?-si:r[0-9]+))((?-si:[ \t\n\r\x0B\x0C]+))(=)"#,
                    Groups(&[KeywordPseudo, Text, Punctuation]),
                ),
                rule(
                    r#"((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\$)?((?-si:[a-zA-Z0-9_]+))?((?-si:[ \t\n\r\x0B\x0C]+))?(\()"#,
                    Custom(|l, m| {
                        l.groups(
                            &[
                                NameFunction,
                                Punctuation,
                                NameFunctionMagic,
                                Text,
                                Punctuation,
                            ],
                            m,
                        );
                        l.go(Push("syscall_mods"));
                        l.go(Push("inline_break"));
                        l.go(Push("syscall_args"));
                        l.go(Push("space_break"));
                    }),
                ),
            ],
        ),
    ])
});
