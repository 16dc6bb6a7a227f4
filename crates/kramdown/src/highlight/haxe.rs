//! Rouge's `haxe` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const IMPORTS: &[&str] = &["import", "using"];
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "cast",
    "catch",
    "class",
    "continue",
    "default",
    "do",
    "else",
    "enum",
    "false",
    "for",
    "function",
    "if",
    "import",
    "interface",
    "macro",
    "new",
    "null",
    "override",
    "package",
    "private",
    "public",
    "return",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "untyped",
    "while",
];
const DECLARATIONS: &[&str] = &[
    "abstract",
    "dynamic",
    "extends",
    "extern",
    "from",
    "implements",
    "inline",
    "static",
    "to",
    "typedef",
    "var",
];
const RESERVED: &[&str] = &["autoBuild", "build", "enum", "inline", "super", "trace"];
const BUILTINS: &[&str] = &[
    "Any",
    "Array",
    "Bool",
    "Class",
    "Date",
    "DateTools",
    "Dynamic",
    "EReg",
    "File",
    "FileSystem",
    "Float",
    "Int",
    "Lambda",
    "Map",
    "Math",
    "Reflect",
    "Std",
    "String",
    "StringTools",
    "Sys",
    "UInt",
    "Void",
    "isNaN",
    "parseFloat",
    "parseInt",
    "this",
];
const CONSTANTS: &[&str] = &["false", "null", "true"];

/// The `haxe` language.
pub(crate) static HAXE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"(?s)/\*.*?\*/"#, Token(CommentMultiline)),
            ],
        ),
        (
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"#(?:if|elseif|else|end).*"#, Token(CommentPreproc)),
                rule(r#"~"#, TokenThen(StrRegex, Goto("regex"))),
                rule(r#"[{]"#, TokenThen(Punctuation, Push("object"))),
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
                rule(r#"[gim]+"#, TokenThen(StrRegex, Pop(1))),
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
            "root",
            vec![
                rule(r#"\n"#, TokenThen(Text, Push("statement"))),
                rule(r#"\{"#, TokenThen(Punctuation, Push("expr_start"))),
                mixin("comments_and_whitespace"),
                rule(r#"@"#, TokenThen(NameDecorator, Push("metadata"))),
                rule(
                    r#"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>|==|!="#,
                    TokenThen(Operator, Push("expr_start")),
                ),
                rule(
                    r#"[-:<>+*%\&|\^/!=]=?"#,
                    TokenThen(Operator, Push("expr_start")),
                ),
                rule(r#"[(\[,]"#, TokenThen(Punctuation, Push("expr_start"))),
                rule(r#";"#, TokenThen(Punctuation, Push("statement"))),
                rule(r#"[)\]}.]"#, Token(Punctuation)),
                rule(
                    r#"[?]"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("ternary"));
                        l.go(Push("expr_start"));
                    }),
                ),
                rule(
                    r#"[$a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                            l.go(Push("expr_start"));
                        } else if has(IMPORTS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                            l.go(Push("namespace"));
                        } else if has(DECLARATIONS, m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                            l.go(Push("expr_start"));
                        } else if has(RESERVED, m.get(0)) {
                            l.token(KeywordReserved, m.get(0));
                        } else if has(CONSTANTS, m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if has(BUILTINS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameOther, m.get(0));
                        }
                    }),
                ),
                rule(r#"\-?[0-9]+\.[0-9]+(?:[eE][0-9]+)?[fd]?"#, Token(NumFloat)),
                rule(r#"0x[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"\-?[0-9]+"#, Token(NumInteger)),
                rule(r#"""#, TokenThen(StrDouble, Push("str_double"))),
                rule(r#"'"#, TokenThen(StrSingle, Push("str_single"))),
            ],
        ),
        (
            "statement",
            vec![
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    Groups(&[NameLabel, Text, Punctuation]),
                ),
                mixin("expr_start"),
            ],
        ),
        (
            "object",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"[}]"#, TokenThen(Punctuation, Goto("statement"))),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    GroupsThen(&[NameAttribute, Text, Punctuation], Push("expr_start")),
                ),
                rule(r#":"#, Token(Punctuation)),
                mixin("root"),
            ],
        ),
        (
            "metadata",
            vec![
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))(\()?"#,
                    Custom(|l, m| {
                        l.groups(&[NameDecorator, Punctuation], m);
                        if m.get(2).is_empty() {
                            l.go(Pop(1));
                        }
                    }),
                ),
                rule(
                    r#":(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)(?:\.(?-si:[$a-zA-Z_][a-zA-Z0-9_]*))*"#,
                    TokenThen(NameDecorator, Pop(1)),
                ),
                rule(r#"\)"#, TokenThen(NameDecorator, Pop(1))),
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
            "str_double",
            vec![
                mixin("str_escape"),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"[^\\"]+"#, Token(StrDouble)),
            ],
        ),
        (
            "str_single",
            vec![
                mixin("str_escape"),
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
                rule(r#"\$\$"#, Token(StrSingle)),
                rule(r#"\$(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)"#, Token(StrInterpol)),
                rule(r#"\$\{"#, TokenThen(StrInterpol, Push("str_interpol"))),
                rule(r#"[^\\$']+"#, Token(StrSingle)),
            ],
        ),
        (
            "str_escape",
            vec![
                rule(r#"\\[\\tnr'"]"#, Token(StrEscape)),
                rule(r#"\\[0-7]{3}"#, Token(StrEscape)),
                rule(r#"\\x[0-9a-fA-F]{2}"#, Token(StrEscape)),
                rule(r#"\\u[0-9a-fA-F]{4}"#, Token(StrEscape)),
                rule(r#"\\u\{[0-9a-fA-F]{1,6}\}"#, Token(StrEscape)),
            ],
        ),
        (
            "str_interpol",
            vec![rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))), mixin("root")],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
