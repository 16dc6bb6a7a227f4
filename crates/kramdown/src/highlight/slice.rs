//! Rouge's `slice` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[];
const KEYWORDS: &[&str] = &[
    "LocalObject",
    "Object",
    "Value",
    "class",
    "const",
    "dictionary",
    "enum",
    "exception",
    "extends",
    "idempotent",
    "implements",
    "interface",
    "local",
    "module",
    "optional",
    "out",
    "sequence",
    "struct",
    "throws",
];
const KEYWORDS_TYPE: &[&str] = &[
    "bool", "byte", "double", "float", "int", "long", "short", "string", "void",
];
const RESERVED: &[&str] = &[
    "__asm",
    "__based",
    "__cdecl",
    "__declspec",
    "__except",
    "__fastcall",
    "__finally",
    "__inline",
    "__int16",
    "__int32",
    "__int61",
    "__int8",
    "__leave",
    "__naked",
    "__restrict",
    "__stdcall",
    "__thread",
    "__try",
    "__typename",
    "_inline",
    "_naked",
    "_restrict",
    "_thread",
    "_typename",
    "inline",
    "naked",
    "restrict",
    "thread",
    "typename",
];

/// The language.
pub(crate) static SLICE: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "expr_bol",
                vec![
                    mixin("inline_whitespace"),
                    rule(r#"#if[ \t\n\r\x0B\x0C]0"#, TokenThen(Comment, Push("if_0"))),
                    rule(r#"#"#, TokenThen(CommentPreproc, Push("macro"))),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "bol",
                vec![
                    rule(r#"(?-si:[a-zA-Z_][a-zA-Z0-9_]*):(?!:)"#, Token(NameLabel)),
                    mixin("expr_bol"),
                ],
            ),
            (
                "inline_whitespace",
                vec![
                    rule(r#"[ \t\r]+"#, Token(Text)),
                    rule(r#"\\\n"#, Token(Text)),
                    rule(r#"(?s)/(\\\n)?[*].*?[*](\\\n)?/"#, Token(CommentMultiline)),
                ],
            ),
            (
                "whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("bol"))),
                    rule(r#"//(\\.|.)*?$"#, TokenThen(CommentSingle, Push("bol"))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "expr_whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("expr_bol"))),
                    mixin("whitespace"),
                ],
            ),
            (
                "statements",
                vec![
                    mixin("whitespace"),
                    rule(r#"(u8|u|U|L)?""#, TokenThen(Str, Push("string"))),
                    rule(
                        r#"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'"#,
                        Token(StrChar),
                    ),
                    rule(
                        r#"(?i)([0-9]+[.][0-9]*|[.]?[0-9]+)e[+-]?[0-9]+[lu]*"#,
                        Token(NumFloat),
                    ),
                    rule(r#"(?i)[0-9]+e[+-]?[0-9]+[lu]*"#, Token(NumFloat)),
                    rule(r#"(?i)0x[0-9a-f]+[lu]*"#, Token(NumHex)),
                    rule(r#"(?i)0[0-7]+[lu]*"#, Token(NumOct)),
                    rule(r#"(?i)[0-9]+[lu]*"#, Token(NumInteger)),
                    rule(r#"\*/"#, Token(Error)),
                    rule(r#"[~!%^&*+=\|?:<>/-]"#, Token(Operator)),
                    rule(r#"[()\[\],.;]"#, Token(Punctuation)),
                    rule(r#"\bcase\b"#, TokenThen(Keyword, Push("case"))),
                    rule(r#"(?:true|false|NULL)\b"#, Token(NameBuiltin)),
                    rule(
                        r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                        Custom(|l, m| {
                            if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                                l.token(Keyword, m.get(0));
                            } else if KEYWORDS_TYPE.binary_search(&m.get(0)).is_ok() {
                                l.token(KeywordType, m.get(0));
                            } else if RESERVED.binary_search(&m.get(0)).is_ok() {
                                l.token(KeywordReserved, m.get(0));
                            } else if BUILTINS.binary_search(&m.get(0)).is_ok() {
                                l.token(NameBuiltin, m.get(0));
                            } else {
                                l.token(Name, m.get(0));
                            }
                        }),
                    ),
                ],
            ),
            (
                "case",
                vec![
                    rule(r#":"#, TokenThen(Punctuation, Pop(1))),
                    mixin("statements"),
                ],
            ),
            (
                "root",
                vec![
                    mixin("expr_whitespace"),
                    rule(
                        r#"(?s)([a-zA-Z0-9_* \t\n\r\x0B\x0C]+?[ \t\n\r\x0B\x0C*])((?-si:[a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*\([^;]*?\))((?-si:(?:[ \t\n\r\x0B\x0C]|//.*?\n|/[*].*?[*]/)+)?)(\{|;)"#,
                        Custom(|l, m| {
                            l.recurse(m.get(1));
                            l.token(NameFunction, m.get(2));
                            l.recurse(m.get(3));
                            l.recurse(m.get(4));
                            l.token(Punctuation, m.get(5));
                            if m.get(5) == "{" {
                                l.go(Push("function"));
                            }
                        }),
                    ),
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    mixin("statements"),
                ],
            ),
            (
                "function",
                vec![
                    mixin("whitespace"),
                    mixin("statements"),
                    rule(r#";"#, Token(Punctuation)),
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                ],
            ),
            (
                "string",
                vec![
                    rule(r#"""#, TokenThen(Str, Pop(1))),
                    rule(
                        r#"\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"#,
                        Token(StrEscape),
                    ),
                    rule(r#"[^\\"\n]+"#, Token(Str)),
                    rule(r#"\\\n"#, Token(Str)),
                    rule(r#"\\"#, Token(Str)),
                ],
            ),
            (
                "macro",
                vec![
                    mixin("include"),
                    rule(r#"[^/\n\\]+"#, Token(CommentPreproc)),
                    rule(r#"(?s)\\."#, Token(CommentPreproc)),
                    mixin("inline_whitespace"),
                    rule(r#"/"#, Token(CommentPreproc)),
                    rule(r#"\n"#, TokenThen(CommentPreproc, Pop(1))),
                ],
            ),
            (
                "include",
                vec![
                    rule(
                        r#"(include)([ \t\n\r\x0B\x0C]*)(<[^>]+>)([^\n]*)"#,
                        Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                    ),
                    rule(
                        r#"(include)([ \t\n\r\x0B\x0C]*)("[^"]+")([^\n]*)"#,
                        Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                    ),
                ],
            ),
            (
                "if_0",
                vec![
                    rule(
                        r#"^[ \t\n\r\x0B\x0C]*#if"#,
                        TokenThen(Comment, Push("if_0")),
                    ),
                    rule(
                        r#"^[ \t\n\r\x0B\x0C]*#[ \t\n\r\x0B\x0C]*el(?:se|if)"#,
                        TokenThen(Comment, Pop(1)),
                    ),
                    rule(
                        r#"(?s)^[ \t\n\r\x0B\x0C]*#[ \t\n\r\x0B\x0C]*endif\b.*?(?<!\\)\n"#,
                        TokenThen(Comment, Pop(1)),
                    ),
                    rule(r#".*?\n"#, Token(Comment)),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});
