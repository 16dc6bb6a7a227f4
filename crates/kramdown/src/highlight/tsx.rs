//! Rouge's `tsx` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::html::HTML;
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "Array",
    "Boolean",
    "Date",
    "Error",
    "Function",
    "Math",
    "netscape",
    "Number",
    "Object",
    "Packages",
    "RegExp",
    "String",
    "sun",
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "Error",
    "eval",
    "isFinite",
    "isNaN",
    "parseFloat",
    "parseInt",
    "document",
    "window",
    "navigator",
    "self",
    "global",
    "Promise",
    "Set",
    "Map",
    "WeakSet",
    "WeakMap",
    "Symbol",
    "Proxy",
    "Reflect",
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Uint16ClampedArray",
    "Int32Array",
    "Uint32Array",
    "Uint32ClampedArray",
    "Float32Array",
    "Float64Array",
    "DataView",
    "ArrayBuffer",
    "Pick",
    "Partial",
    "Readonly",
    "Record",
];
const CONSTANTS: &[&str] = &["true", "false", "null", "NaN", "Infinity", "undefined"];
const DECLARATIONS: &[&str] = &[
    "var",
    "let",
    "const",
    "with",
    "function",
    "class",
    "extends",
    "constructor",
    "get",
    "set",
    "static",
    "type",
    "abstract",
];
const KEYWORDS: &[&str] = &[
    "as",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "finally",
    "from",
    "for",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "of",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "try",
    "typeof",
    "void",
    "while",
    "yield",
    "is",
    "namespace",
    "static",
    "private",
    "protected",
    "public",
    "implements",
    "readonly",
];
const RESERVED: &[&str] = &[
    "enum",
    "implements",
    "interface",
    "package",
    "private",
    "protected",
    "public",
    "string",
    "any",
    "void",
    "number",
    "namespace",
    "module",
    "declare",
    "default",
    "keyof",
];

/// The language.
pub(crate) static TSX: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "root",
                vec![
                    rule(r#"[?][.]"#, Token(Punctuation)),
                    rule(r#"[?]{2}"#, Token(Operator)),
                    rule(
                        r#"(?s)\A[ \t\n\r\x0B\x0C]*#!.*?\n"#,
                        TokenThen(CommentPreproc, Push("statement")),
                    ),
                    rule(
                        r#"(?<=\n)(?=[ \t\n\r\x0B\x0C]|/|<!--)"#,
                        TokenThen(Text, Push("expr_start")),
                    ),
                    mixin("comments_and_whitespace"),
                    rule(
                        r#"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!=="#,
                        TokenThen(Operator, Push("expr_start")),
                    ),
                    rule(
                        r#"[-<>+*%&|\^/!=]=?"#,
                        TokenThen(Operator, Push("expr_start")),
                    ),
                    rule(r#"[(\[,]"#, TokenThen(Punctuation, Push("expr_start"))),
                    rule(r#";"#, TokenThen(Punctuation, Push("statement"))),
                    rule(r#"[)\].]"#, Token(Punctuation)),
                    rule(r#"`"#, TokenThen(StrDouble, Push("template_string"))),
                    rule(r#"[?][.]"#, Token(Punctuation)),
                    rule(
                        r#"[?]"#,
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("ternary"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule(
                        r#"(@)([a-zA-Z0-9_]+)?"#,
                        GroupsThen(&[Punctuation, NameDecorator], Push("expr_start")),
                    ),
                    rule(r#"[{}]"#, TokenThen(Punctuation, Push("statement"))),
                    rule(
                        r#"(?i)[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*"#,
                        Custom(|l, m| {
                            if KEYWORDS.contains(&m.get(0)) {
                                l.token(Keyword, m.get(0));
                                l.go(Push("expr_start"));
                            } else if DECLARATIONS.contains(&m.get(0)) {
                                l.token(KeywordDeclaration, m.get(0));
                                l.go(Push("expr_start"));
                            } else if RESERVED.contains(&m.get(0)) {
                                l.token(KeywordReserved, m.get(0));
                            } else if CONSTANTS.contains(&m.get(0)) {
                                l.token(KeywordConstant, m.get(0));
                            } else if BUILTINS.contains(&m.get(0)) {
                                l.token(NameBuiltin, m.get(0));
                            } else {
                                l.token(NameOther, m.get(0));
                            }
                        }),
                    ),
                    rule(r#"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?"#, Token(NumFloat)),
                    rule(r#"(?i)0x[0-9a-fA-F]+"#, Token(NumHex)),
                    rule(r#"(?i)0o[0-7][0-7_]*"#, Token(NumOct)),
                    rule(r#"(?i)0b[01][01_]*"#, Token(NumBin)),
                    rule(r#"[0-9]+"#, Token(NumInteger)),
                    rule(r#"""#, TokenThen(StrDelimiter, Push("dq"))),
                    rule(r#"'"#, TokenThen(StrDelimiter, Push("sq"))),
                    rule(r#":"#, Token(Punctuation)),
                ],
            ),
            (
                "statement",
                vec![
                    rule(
                        r#"((?i-s:[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))(\??)([ \t\n\r\x0B\x0C]*)(:)"#,
                        GroupsThen(
                            &[NameLabel, Punctuation, Text, Punctuation],
                            Push("expr_start"),
                        ),
                    ),
                    rule(r#"case\b"#, TokenThen(Keyword, Goto("expr_start"))),
                    rule(
                        r#"((?i-s:[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        Groups(&[NameLabel, Text, Punctuation]),
                    ),
                    mixin("expr_start"),
                ],
            ),
            (
                "element_name",
                vec![
                    rule(
                        r#"([a-zA-Z0-9_]+)(,)"#,
                        GroupsThen(&[NameOther, Punctuation], Pop(3)),
                    ),
                    rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(NameClass)),
                    rule(r#"[a-zA-Z0-9_]+"#, Token(NameTag)),
                    rule(r#"\."#, Token(Punctuation)),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "expr_start",
                vec![
                    mixin("tag"),
                    mixin("comments_and_whitespace"),
                    rule(r#"/"#, TokenThen(StrRegex, Goto("regex"))),
                    rule(r#"[{]"#, TokenThen(Punctuation, Goto("object"))),
                    rule(r#""#, TokenThen(Text, Pop(1))),
                ],
            ),
            (
                "tag",
                vec![rule(
                    r#"<"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("tag_opening"));
                        l.go(Push("element"));
                        l.go(Push("element_name"));
                    }),
                )],
            ),
            (
                "tag_opening",
                vec![
                    rule(
                        r#"</"#,
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Goto("element"));
                            l.go(Push("element_name"));
                        }),
                    ),
                    mixin("tag"),
                    rule(
                        r#"\{"#,
                        Custom(|l, m| {
                            l.token(StrInterpol, m.get(0));
                            l.go(Push("interpol"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule(
                        r#"[^<{]+"#,
                        Custom(|l, m| {
                            l.delegate(&HTML, m.get(0));
                        }),
                    ),
                ],
            ),
            (
                "element",
                vec![
                    mixin("comments_and_whitespace"),
                    rule(r#"/>"#, TokenThen(Punctuation, Pop(2))),
                    rule(r#">"#, TokenThen(Punctuation, Pop(1))),
                    rule(
                        r#"\{"#,
                        Custom(|l, m| {
                            l.token(StrInterpol, m.get(0));
                            l.go(Push("interpol"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule(r#"[a-zA-Z0-9_][a-zA-Z0-9_-]*"#, Token(NameAttribute)),
                    rule(r#"="#, Token(Punctuation)),
                    rule(r#"(["']).*?(\1)"#, Token(Str)),
                ],
            ),
            (
                "interpol",
                vec![
                    rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
                    rule(
                        r#"\{"#,
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("interpol_inner"));
                            l.go(Push("statement"));
                        }),
                    ),
                    mixin("root"),
                ],
            ),
            (
                "interpol_inner",
                vec![
                    rule(r#"\}"#, TokenThen(Punctuation, Goto("statement"))),
                    mixin("root"),
                ],
            ),
            (
                "multiline_comment",
                vec![
                    rule(r#"[*]/"#, TokenThen(CommentMultiline, Pop(1))),
                    rule(r#"[^*/]+"#, Token(CommentMultiline)),
                    rule(r#"[*/]"#, Token(CommentMultiline)),
                ],
            ),
            (
                "comments_and_whitespace",
                vec![
                    rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                    rule(r#"<!--"#, Token(Comment)),
                    rule(r#"//.*?$"#, Token(CommentSingle)),
                    rule(
                        r#"/[*]"#,
                        TokenThen(CommentMultiline, Push("multiline_comment")),
                    ),
                ],
            ),
            (
                "regex",
                vec![
                    rule(r#"/"#, TokenThen(StrRegex, Goto("regex_end"))),
                    rule(r#"[^/]\n"#, TokenThen(Error, Pop(1))),
                    rule(r#"\n"#, TokenThen(Error, Pop(1))),
                    rule(r#"\[\^"#, TokenThen(StrEscape, Push("regex_group"))),
                    rule(r#"\["#, TokenThen(StrEscape, Push("regex_group"))),
                    rule(r#"\\."#, Token(StrEscape)),
                    rule(r#"[(][?][:=<!]"#, Token(StrEscape)),
                    rule(r#"[{][0-9,]+[}]"#, Token(StrEscape)),
                    rule(r#"[()?]"#, Token(StrEscape)),
                    rule(r#"."#, Token(StrRegex)),
                ],
            ),
            (
                "regex_end",
                vec![
                    rule(r#"[gimuy]+"#, TokenThen(StrRegex, Pop(1))),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "regex_group",
                vec![
                    rule(r#"/"#, Token(StrEscape)),
                    rule(r#"[^/]\n"#, TokenThen(Error, Pop(2))),
                    rule(r#"\]"#, TokenThen(StrEscape, Pop(1))),
                    rule(r#"\\."#, Token(StrEscape)),
                    rule(r#"."#, Token(StrRegex)),
                ],
            ),
            (
                "bad_regex",
                vec![rule(r#"[^\n]+"#, TokenThen(Error, Pop(1)))],
            ),
            (
                "dq",
                vec![
                    rule(r#"\\[\\nrt"]?"#, Token(StrEscape)),
                    rule(r#"[^\\"]+"#, Token(StrDouble)),
                    rule(r#"""#, TokenThen(StrDelimiter, Pop(1))),
                ],
            ),
            (
                "sq",
                vec![
                    rule(r#"\\[\\nrt']?"#, Token(StrEscape)),
                    rule(r#"[^\\']+"#, Token(StrSingle)),
                    rule(r#"'"#, TokenThen(StrDelimiter, Pop(1))),
                ],
            ),
            (
                "object",
                vec![
                    mixin("comments_and_whitespace"),
                    rule(r#"[{]"#, TokenThen(Punctuation, PushSelf)),
                    rule(r#"[}]"#, TokenThen(Punctuation, Goto("statement"))),
                    rule(
                        r#"((?i-s:[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        GroupsThen(&[NameAttribute, Text, Punctuation], Push("expr_start")),
                    ),
                    rule(r#":"#, Token(Punctuation)),
                    mixin("root"),
                ],
            ),
            (
                "ternary",
                vec![
                    rule(r#":"#, TokenThen(Punctuation, Goto("expr_start"))),
                    mixin("root"),
                ],
            ),
            (
                "template_string",
                vec![
                    rule(
                        r#"[$]\{"#,
                        TokenThen(Punctuation, Push("template_string_expr")),
                    ),
                    rule(r#"`"#, TokenThen(StrDouble, Pop(1))),
                    rule(r#"\\[$`]"#, Token(StrEscape)),
                    rule(r#"[^$`\\]+"#, Token(StrDouble)),
                    rule(r#"[\\$]"#, Token(StrDouble)),
                ],
            ),
            (
                "template_string_expr",
                vec![rule(r#"\}"#, TokenThen(Punctuation, Pop(1))), mixin("root")],
            ),
        ],
        vec!["root", "expr_start"],
    )
});
