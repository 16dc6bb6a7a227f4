//! Rouge's `qml` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "Array",
    "ArrayBuffer",
    "Boolean",
    "DataView",
    "Date",
    "Error",
    "Float32Array",
    "Float64Array",
    "Function",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "Map",
    "Math",
    "Number",
    "Object",
    "Packages",
    "Promise",
    "Proxy",
    "Reflect",
    "RegExp",
    "Set",
    "String",
    "Symbol",
    "Uint16Array",
    "Uint16ClampedArray",
    "Uint32Array",
    "Uint32ClampedArray",
    "Uint8Array",
    "Uint8ClampedArray",
    "WeakMap",
    "WeakSet",
    "decodeURI",
    "decodeURIComponent",
    "document",
    "encodeURI",
    "encodeURIComponent",
    "eval",
    "global",
    "isFinite",
    "isNaN",
    "navigator",
    "netscape",
    "parseFloat",
    "parseInt",
    "self",
    "sun",
    "window",
];
const CONSTANTS: &[&str] = &["Infinity", "NaN", "false", "null", "true", "undefined"];
const DECLARATIONS: &[&str] = &[
    "class",
    "const",
    "constructor",
    "extends",
    "function",
    "get",
    "let",
    "set",
    "static",
    "var",
    "with",
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
    "for",
    "from",
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
];
const RESERVED: &[&str] = &[
    "enum",
    "implements",
    "interface",
    "package",
    "private",
    "protected",
    "public",
];

/// The language.
pub(crate) static QML: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(\{)"#,
                    GroupsThen(&[KeywordType, Text, Punctuation], Push("type_block")),
                ),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]+)(on)([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(\{)"#,
                    GroupsThen(
                        &[
                            KeywordType,
                            Text,
                            Keyword,
                            Text,
                            NameLabel,
                            Text,
                            Punctuation,
                        ],
                        Push("type_block"),
                    ),
                ),
                rule(r#"[{]"#, TokenThen(Punctuation, PushSelf)),
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
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                            l.go(Push("expr_start"));
                        } else if DECLARATIONS.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordDeclaration, m.get(0));
                            l.go(Push("expr_start"));
                        } else if RESERVED.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordReserved, m.get(0));
                        } else if CONSTANTS.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordConstant, m.get(0));
                        } else if BUILTINS.binary_search(&m.get(0)).is_ok() {
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
            "type_block",
            vec![
                rule(
                    r#"(id)([ \t\n\r\x0B\x0C]*)(:)([ \t\n\r\x0B\x0C]*)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))"#,
                    Groups(&[NameLabel, Text, Punctuation, Text, KeywordDeclaration]),
                ),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    GroupsThen(&[NameLabel, Text, Punctuation], Push("expr_start")),
                ),
                rule(
                    r#"(signal)([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))"#,
                    GroupsThen(&[KeywordDeclaration, Text, NameLabel], Push("signal")),
                ),
                rule(
                    r#"(property)([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(:?)"#,
                    GroupsThen(
                        &[
                            KeywordDeclaration,
                            Text,
                            KeywordType,
                            Text,
                            NameLabel,
                            Text,
                            Punctuation,
                        ],
                        Push("expr_start"),
                    ),
                ),
                rule(r#"[}]"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "signal",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"\("#, TokenThen(Punctuation, Goto("signal_args"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "signal_args",
            vec![
                mixin("comments_and_whitespace"),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(,?)"#,
                    Groups(&[KeywordType, Text, Name, Text, Punctuation]),
                ),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
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
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"/"#, TokenThen(StrRegex, Goto("regex"))),
                rule(r#"[{]"#, TokenThen(Punctuation, Goto("object"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
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
            "statement",
            vec![
                rule(r#"case\b"#, TokenThen(Keyword, Goto("expr_start"))),
                rule(
                    r#"((?i-s:[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    Groups(&[NameLabel, Text, Punctuation]),
                ),
                mixin("expr_start"),
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
    ])
});
