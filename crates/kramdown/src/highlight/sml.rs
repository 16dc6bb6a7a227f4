//! Rouge's `sml` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

use super::token::Tok;

const KEYWORDS: &[&str] = &[
    "abstype",
    "and",
    "andalso",
    "as",
    "case",
    "datatype",
    "do",
    "else",
    "end",
    "eqtype",
    "exception",
    "fn",
    "fun",
    "functor",
    "handle",
    "if",
    "in",
    "include",
    "infix",
    "infixr",
    "let",
    "local",
    "nonfix",
    "of",
    "op",
    "open",
    "orelse",
    "raise",
    "rec",
    "sharing",
    "sig",
    "signature",
    "struct",
    "structure",
    "then",
    "type",
    "val",
    "where",
    "while",
    "with",
    "withtype",
];
const SYMBOLIC_RESERVED: &[&str] = &["#", "->", ":", ":>", "=", "=>", "|"];

fn token_for_id_with_dot(id: &str) -> Tok {
    if KEYWORDS.binary_search(&id).is_ok() {
        Error
    } else {
        NameNamespace
    }
}

fn token_for_id(id: &str) -> Tok {
    if KEYWORDS.binary_search(&id).is_ok() {
        KeywordReserved
    } else if SYMBOLIC_RESERVED.binary_search(&id).is_ok() {
        Punctuation
    } else {
        Name
    }
}

/// The language.
pub(crate) static SML: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[(][*]"#, TokenThen(Comment, Push("comment"))),
            ],
        ),
        (
            "delimiters",
            vec![
                rule(r#"[(\[{]"#, TokenThen(Punctuation, Push("main"))),
                rule(r#"[)\]}]"#, TokenThen(Punctuation, Pop(1))),
                rule(
                    r#"\b(let|if|local)\b(?!')"#,
                    Custom(|l, m| {
                        l.token(KeywordReserved, m.get(0));
                        l.go(PushSelf);
                        l.go(PushSelf);
                    }),
                ),
                rule(
                    r#"\b(struct|sig|while)\b(?!')"#,
                    TokenThen(KeywordReserved, PushSelf),
                ),
                rule(
                    r#"\b(do|else|end|in|then)\b(?!')"#,
                    TokenThen(KeywordReserved, Pop(1)),
                ),
            ],
        ),
        (
            "core",
            vec![
                rule(r#"[()\[\]{},;_]|[.][.][.]"#, Token(Punctuation)),
                rule(r#"#""#, TokenThen(StrChar, Push("char"))),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(r#"~?0x[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"0wx[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"0w[0-9]+"#, Token(NumInteger)),
                rule(r#"~?[0-9]+([.][0-9]+)?[eE]~?[0-9]+"#, Token(NumFloat)),
                rule(r#"~?[0-9]+[.][0-9]+"#, Token(NumFloat)),
                rule(r#"~?[0-9]+"#, Token(NumInteger)),
                rule(r#"#[ \t\n\r\x0B\x0C]*[1-9][0-9]*"#, Token(NameLabel)),
                rule(
                    r#"#[ \t\n\r\x0B\x0C]*(?i-s:[a-zA-Z0-9_']+)"#,
                    Token(NameLabel),
                ),
                rule(
                    r#"#[ \t\n\r\x0B\x0C]+(?-si:[!%&$#/:<=>?@\\~`^|*+-]+)"#,
                    Token(NameLabel),
                ),
                rule(
                    r#"\b(datatype|abstype)\b(?!')"#,
                    TokenThen(KeywordReserved, Push("dname")),
                ),
                rule(
                    r#"(?=\bexception\b(?!'))"#,
                    Custom(|l, _m| {
                        l.go(Push("ename"));
                    }),
                ),
                rule(
                    r#"\b(functor|include|open|signature|structure)\b(?!')"#,
                    TokenThen(KeywordReserved, Push("sname")),
                ),
                rule(
                    r#"\b(type|eqtype)\b(?!')"#,
                    TokenThen(KeywordReserved, Push("tname")),
                ),
                rule(r#"'(?i-s:[a-zA-Z0-9_']+)"#, Token(NameDecorator)),
                rule(
                    r#"((?i-s:[a-zA-Z0-9_']+))([.])"#,
                    Custom(|l, m| {
                        l.token(token_for_id_with_dot(m.get(1)), m.get(1));
                        l.token(Punctuation, m.get(2));
                        l.go(Push("dotted"));
                    }),
                ),
                rule(
                    r#"(?i)[a-zA-Z0-9_']+"#,
                    Custom(|l, m| {
                        l.token(token_for_id(m.get(0)), m.get(0));
                    }),
                ),
                rule(
                    r#"[!%&$#/:<=>?@\\~`^|*+-]+"#,
                    Custom(|l, m| {
                        l.token(token_for_id(m.get(0)), m.get(0));
                    }),
                ),
            ],
        ),
        (
            "dotted",
            vec![
                rule(
                    r#"((?i-s:[a-zA-Z0-9_']+))([.])"#,
                    Custom(|l, m| {
                        l.token(token_for_id_with_dot(m.get(1)), m.get(1));
                        l.token(Punctuation, m.get(2));
                    }),
                ),
                rule(
                    r#"(?i)[a-zA-Z0-9_']+"#,
                    Custom(|l, m| {
                        l.token(token_for_id(m.get(0)), m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"[!%&$#/:<=>?@\\~`^|*+-]+"#,
                    Custom(|l, m| {
                        l.token(token_for_id(m.get(0)), m.get(0));
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"#!.*?\n"#, Token(CommentPreproc)),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Push("main"));
                    }),
                ),
            ],
        ),
        (
            "main",
            vec![
                mixin("whitespace"),
                rule(
                    r#"\b(val|and)\b(?!')"#,
                    TokenThen(KeywordReserved, Push("vname")),
                ),
                rule(
                    r#"\b(fun)\b(?!')"#,
                    Custom(|l, m| {
                        l.token(KeywordReserved, m.get(0));
                        l.go(Goto("main_fun"));
                        l.go(Push("fname"));
                    }),
                ),
                mixin("delimiters"),
                mixin("core"),
            ],
        ),
        (
            "main_fun",
            vec![
                mixin("whitespace"),
                rule(
                    r#"\b(fun|and)\b(?!')"#,
                    TokenThen(KeywordReserved, Push("fname")),
                ),
                rule(
                    r#"\bval\b(?!')"#,
                    Custom(|l, m| {
                        l.token(KeywordReserved, m.get(0));
                        l.go(Goto("main"));
                        l.go(Push("vname"));
                    }),
                ),
                rule(r#"[|]"#, TokenThen(Punctuation, Push("fname"))),
                rule(
                    r#"\b(case|handle)\b(?!')"#,
                    TokenThen(KeywordReserved, Goto("main")),
                ),
                mixin("delimiters"),
                mixin("core"),
            ],
        ),
        (
            "has_escapes",
            vec![
                rule(r#"\\[\\"abtnvfr]"#, Token(StrEscape)),
                rule(r#"\\\^[\x40-\x5e]"#, Token(StrEscape)),
                rule(r#"\\[0-9]{3}"#, Token(StrEscape)),
                rule(r#"\\u[0-9a-fA-F]{4}"#, Token(StrEscape)),
                rule(r#"\\[ \t\n\r\x0B\x0C]+\\"#, Token(StrInterpol)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"[^"\\]+"#, Token(StrDouble)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                mixin("has_escapes"),
            ],
        ),
        (
            "char",
            vec![
                rule(r#"[^"\\]+"#, Token(StrChar)),
                rule(r#"""#, TokenThen(StrChar, Pop(1))),
                mixin("has_escapes"),
            ],
        ),
        (
            "breakout",
            vec![rule(
                r#"(?=\b(abstype|and|andalso|as|case|datatype|do|else|end|exception|fn|fun|handle|if|in|infix|infixr|let|local|nonfix|of|op|open|orelse|raise|rec|then|type|val|with|withtype|while|eqtype|functor|include|sharing|sig|signature|struct|structure|where)\b(?!'))"#,
                Custom(|l, _m| {
                    l.go(Pop(1));
                }),
            )],
        ),
        (
            "sname",
            vec![
                mixin("whitespace"),
                mixin("breakout"),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, Token(NameNamespace)),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "has_annotations",
            vec![
                rule(r#"'[a-zA-Z0-9_']*"#, Token(NameDecorator)),
                rule(r#"[(]"#, TokenThen(Punctuation, Push("tyvarseq"))),
            ],
        ),
        (
            "fname",
            vec![
                mixin("whitespace"),
                mixin("has_annotations"),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, TokenThen(NameFunction, Pop(1))),
                rule(
                    r#"[!%&$#/:<=>?@\\~`^|*+-]+"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
            ],
        ),
        (
            "vname",
            vec![
                mixin("whitespace"),
                mixin("has_annotations"),
                rule(
                    r#"(?s)((?i-s:[a-zA-Z0-9_']+))([ \t\n\r\x0B\x0C]*)(=(?!(?-si:[!%&$#/:<=>?@\\~`^|*+-]+)))"#,
                    GroupsThen(&[NameVariable, Text, Punctuation], Pop(1)),
                ),
                rule(
                    r#"(?s)((?-si:[!%&$#/:<=>?@\\~`^|*+-]+))([ \t\n\r\x0B\x0C]*)(=(?!(?-si:[!%&$#/:<=>?@\\~`^|*+-]+)))"#,
                    Groups(&[NameVariable, Text, Punctuation]),
                ),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, TokenThen(NameVariable, Pop(1))),
                rule(
                    r#"[!%&$#/:<=>?@\\~`^|*+-]+"#,
                    TokenThen(NameVariable, Pop(1)),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "tname",
            vec![
                mixin("whitespace"),
                mixin("breakout"),
                mixin("has_annotations"),
                rule(r#"'[a-zA-Z0-9_']*"#, Token(NameDecorator)),
                rule(r#"[(]"#, TokenThen(Punctuation, Push("tyvarseq"))),
                rule(
                    r#"=(?!(?-si:[!%&$#/:<=>?@\\~`^|*+-]+))"#,
                    TokenThen(Punctuation, Goto("typbind")),
                ),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, Token(KeywordType)),
                rule(r#"[!%&$#/:<=>?@\\~`^|*+-]+"#, Token(KeywordType)),
            ],
        ),
        (
            "typbind",
            vec![
                mixin("whitespace"),
                rule(
                    r#"\b(and)\b(?!')"#,
                    TokenThen(KeywordReserved, Goto("tname")),
                ),
                mixin("breakout"),
                mixin("core"),
            ],
        ),
        (
            "dname",
            vec![
                mixin("whitespace"),
                mixin("breakout"),
                mixin("has_annotations"),
                rule(
                    r#"(=)([ \t\n\r\x0B\x0C]*)(datatype)\b"#,
                    GroupsThen(&[Punctuation, Text, KeywordReserved], Pop(1)),
                ),
                rule(
                    r#"=(?!(?-si:[!%&$#/:<=>?@\\~`^|*+-]+))"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Goto("datbind"));
                        l.go(Push("datcon"));
                    }),
                ),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, Token(KeywordType)),
                rule(r#"[!%&$#/:<=>?@\\~`^|*+-]+"#, Token(KeywordType)),
            ],
        ),
        (
            "datbind",
            vec![
                mixin("whitespace"),
                rule(
                    r#"\b(and)\b(?!')"#,
                    Custom(|l, m| {
                        l.token(KeywordReserved, m.get(0));
                        l.go(Goto("dname"));
                    }),
                ),
                rule(
                    r#"\b(withtype)\b(?!')"#,
                    Custom(|l, m| {
                        l.token(KeywordReserved, m.get(0));
                        l.go(Goto("tname"));
                    }),
                ),
                rule(r#"\bof\b(?!')"#, Token(KeywordReserved)),
                rule(
                    r#"([|])([ \t\n\r\x0B\x0C]*)((?i-s:[a-zA-Z0-9_']+))"#,
                    Groups(&[Punctuation, Text, NameClass]),
                ),
                rule(
                    r#"([|])([ \t\n\r\x0B\x0C]+)((?-si:[!%&$#/:<=>?@\\~`^|*+-]+))"#,
                    Groups(&[Punctuation, Text, NameClass]),
                ),
                mixin("breakout"),
                mixin("core"),
            ],
        ),
        (
            "ename",
            vec![
                mixin("whitespace"),
                rule(
                    r#"(exception|and)([ \t\n\r\x0B\x0C]+)((?i-s:[a-zA-Z0-9_']+))"#,
                    Groups(&[KeywordReserved, Text, NameClass]),
                ),
                rule(
                    r#"(exception|and)([ \t\n\r\x0B\x0C]*)((?-si:[!%&$#/:<=>?@\\~`^|*+-]+))"#,
                    Groups(&[KeywordReserved, Text, NameClass]),
                ),
                rule(r#"\b(of)\b(?!')"#, Token(KeywordReserved)),
                mixin("breakout"),
                mixin("core"),
            ],
        ),
        (
            "datcon",
            vec![
                mixin("whitespace"),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, TokenThen(NameClass, Pop(1))),
                rule(r#"[!%&$#/:<=>?@\\~`^|*+-]+"#, TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "tyvarseq",
            vec![
                mixin("whitespace"),
                rule(r#"'[a-zA-Z0-9_']*"#, Token(NameDecorator)),
                rule(r#"(?i)[a-zA-Z0-9_']+"#, Token(Name)),
                rule(r#","#, Token(Punctuation)),
                rule(r#"[)]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[!%&$#/:<=>?@\\~`^|*+-]+"#, Token(Name)),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"[^(*)]+"#, Token(CommentMultiline)),
                rule(
                    r#"[(][*]"#,
                    Custom(|l, m| {
                        l.token(CommentMultiline, m.get(0));
                        l.go(PushSelf);
                    }),
                ),
                rule(r#"[*][)]"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[(*)]"#, Token(CommentMultiline)),
            ],
        ),
    ])
});
