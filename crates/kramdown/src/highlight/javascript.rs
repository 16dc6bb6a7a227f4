//! Rouge's `javascript` lexer (javascript, js).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule, rule_followed};
use super::token::Tok::*;

const S: &str = r"[ \t\n\r\x0B\x0C]";
const ID: &str = r"(?i:[\p{L}\p{Nl}$_][\p{L}\p{M}\p{Nd}\p{Pc}]*)";

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
];
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
const CONSTANTS: &[&str] = &["true", "false", "null", "NaN", "Infinity", "undefined"];
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
];

const TS_KEYWORDS: &[&str] = &[
    "is",
    "namespace",
    "static",
    "private",
    "protected",
    "public",
    "implements",
    "readonly",
];
const TS_DECLARATIONS: &[&str] = &["type", "abstract"];
const TS_RESERVED: &[&str] = &[
    "string",
    "any",
    "void",
    "number",
    "namespace",
    "module",
    "declare",
    "default",
    "interface",
    "keyof",
];
const TS_BUILTINS: &[&str] = &["Pick", "Partial", "Readonly", "Record"];

fn identifier(l: &mut Lexer<'_>, m: &Match<'_>, ts: bool) {
    let word = m.get(0);
    let has = |js: &[&str], more: &[&str]| js.contains(&word) || (ts && more.contains(&word));
    if has(KEYWORDS, TS_KEYWORDS) {
        l.token(Keyword, word);
        l.go(Push("expr_start"));
    } else if has(DECLARATIONS, TS_DECLARATIONS) {
        l.token(KeywordDeclaration, word);
        l.go(Push("expr_start"));
    } else if has(RESERVED, TS_RESERVED) {
        l.token(KeywordReserved, word);
    } else if CONSTANTS.contains(&word) {
        l.token(KeywordConstant, word);
    } else if has(BUILTINS, TS_BUILTINS) {
        l.token(NameBuiltin, word);
    } else {
        l.token(NameOther, word);
    }
}

/// The `javascript` language.
pub(crate) static JAVASCRIPT: LazyLock<Language> = LazyLock::new(language);

/// JavaScript's states, which QML extends.
pub(crate) fn language() -> Language {
    Language::new(states(false))
}

/// The `typescript` language: JavaScript with more keywords and type annotations.
pub(crate) static TYPESCRIPT: LazyLock<Language> = LazyLock::new(|| Language::new(states(true)));

fn states(ts: bool) -> Vec<(&'static str, Vec<Rule>)> {
    let mut out = vec![
        (
            "multiline_comment",
            vec![
                rule("[*]/", TokenThen(CommentMultiline, Pop(1))),
                rule("[^*/]+", Token(CommentMultiline)),
                rule("[*/]", Token(CommentMultiline)),
            ],
        ),
        (
            "comments_and_whitespace",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule("<!--", Token(Comment)),
                rule("//.*?$", Token(CommentSingle)),
                rule(
                    "/[*]",
                    TokenThen(CommentMultiline, Push("multiline_comment")),
                ),
            ],
        ),
        (
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                rule("/", TokenThen(StrRegex, Goto("regex"))),
                rule("[{]", TokenThen(Punctuation, Goto("object"))),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "regex",
            vec![
                rule("/", TokenThen(StrRegex, Goto("regex_end"))),
                rule(r"[^/]\n", TokenThen(Error, Pop(1))),
                rule(r"\n", TokenThen(Error, Pop(1))),
                rule(r"\[\^", TokenThen(StrEscape, Push("regex_group"))),
                rule(r"\[", TokenThen(StrEscape, Push("regex_group"))),
                rule(r"\\.", Token(StrEscape)),
                rule("[(][?][:=<!]", Token(StrEscape)),
                rule("[{][0-9,]+[}]", Token(StrEscape)),
                rule("[()?]", Token(StrEscape)),
                rule(".", Token(StrRegex)),
            ],
        ),
        (
            "regex_end",
            vec![
                rule("[gimuy]+", TokenThen(StrRegex, Pop(1))),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "regex_group",
            vec![
                rule("/", Token(StrEscape)),
                rule(r"[^/]\n", TokenThen(Error, Pop(2))),
                rule(r"\]", TokenThen(StrEscape, Pop(1))),
                rule(r"\\.", Token(StrEscape)),
                rule(".", Token(StrRegex)),
            ],
        ),
        (
            "root",
            vec![
                rule(
                    r"(?s)\A[ \t\n\r\x0B\x0C]*#!.*?\n",
                    TokenThen(CommentPreproc, Push("statement")),
                ),
                mixin("comments_and_whitespace"),
                rule(
                    r"\+\+|--|~|\?\?=?|&&|\|\||<<|>>>?|===|!==",
                    TokenThen(Operator, Push("expr_start")),
                ),
                rule_followed(r"\\", r"\n", TokenThen(Operator, Push("expr_start"))),
                rule(
                    r"[-<>+*%&|\^/!=]=?",
                    TokenThen(Operator, Push("expr_start")),
                ),
                rule(r"[(\[,]", TokenThen(Punctuation, Push("expr_start"))),
                rule(";", TokenThen(Punctuation, Push("statement"))),
                rule(r"[)\].]", Token(Punctuation)),
                rule("`", TokenThen(StrDouble, Push("template_string"))),
                rule("[?][.]", Token(Punctuation)),
                rule(
                    "[?]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("ternary"));
                        l.go(Push("expr_start"));
                    }),
                ),
                rule(
                    "(@)([A-Za-z0-9_]+)?",
                    GroupsThen(&[Punctuation, NameDecorator], Push("expr_start")),
                ),
                rule("[{}]", TokenThen(Punctuation, Push("statement"))),
                if ts {
                    rule(ID, Custom(|l, m| identifier(l, m, true)))
                } else {
                    rule(ID, Custom(|l, m| identifier(l, m, false)))
                },
                rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?", Token(NumFloat)),
                rule("(?i)0x[0-9a-fA-F]+", Token(NumHex)),
                rule("(?i)0o[0-7][0-7_]*", Token(NumOct)),
                rule("(?i)0b[01][01_]*", Token(NumBin)),
                rule("[0-9]+", Token(NumInteger)),
                rule("\"", TokenThen(StrDelimiter, Push("dq"))),
                rule("'", TokenThen(StrDelimiter, Push("sq"))),
                rule(":", Token(Punctuation)),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"\\[\\nrt"]?"#, Token(StrEscape)),
                rule(r#"[^\\"]+"#, Token(StrDouble)),
                rule("\"", TokenThen(StrDelimiter, Pop(1))),
            ],
        ),
        (
            "sq",
            vec![
                rule(r"\\[\\nrt']?", Token(StrEscape)),
                rule(r"[^\\']+", Token(StrSingle)),
                rule("'", TokenThen(StrDelimiter, Pop(1))),
            ],
        ),
        (
            "statement",
            vec![
                rule(r"case\b", TokenThen(Keyword, Goto("expr_start"))),
                rule(
                    &format!("({ID})({S}*)(:)"),
                    Groups(&[NameLabel, Text, Punctuation]),
                ),
                mixin("expr_start"),
            ],
        ),
        (
            "object",
            vec![
                mixin("comments_and_whitespace"),
                rule("[{]", TokenThen(Punctuation, PushSelf)),
                rule("[}]", TokenThen(Punctuation, Goto("statement"))),
                rule(
                    &format!("({ID})({S}*)(:)"),
                    GroupsThen(&[NameAttribute, Text, Punctuation], Push("expr_start")),
                ),
                rule(":", Token(Punctuation)),
                mixin("root"),
            ],
        ),
        (
            "ternary",
            vec![
                rule(":", TokenThen(Punctuation, Goto("expr_start"))),
                mixin("root"),
            ],
        ),
        (
            "template_string",
            vec![
                rule(
                    "[$][{]",
                    TokenThen(Punctuation, Push("template_string_expr")),
                ),
                rule("`", TokenThen(StrDouble, Pop(1))),
                rule(r"\\[$`]", Token(StrEscape)),
                rule(r"[^$`\\]+", Token(StrDouble)),
                rule(r"[\\$]", Token(StrDouble)),
            ],
        ),
        (
            "template_string_expr",
            vec![rule("}", TokenThen(Punctuation, Pop(1))), mixin("root")],
        ),
    ];
    if ts {
        for (name, rules) in &mut out {
            if *name == "root" {
                rules.insert(0, rule("[?]{2}", Token(Operator)));
                rules.insert(0, rule("[?][.]", Token(Punctuation)));
            } else if *name == "statement" {
                rules.insert(
                    0,
                    rule(
                        &format!(r"({ID})(\??)({S}*)(:)"),
                        GroupsThen(
                            &[NameLabel, Punctuation, Text, Punctuation],
                            Push("expr_start"),
                        ),
                    ),
                );
            }
        }
    }
    out
}
