//! Rouge's `coffeescript` lexer (coffeescript, coffee, coffee-script).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "for",
    "by",
    "while",
    "until",
    "loop",
    "break",
    "continue",
    "return",
    "switch",
    "when",
    "then",
    "if",
    "else",
    "do",
    "yield",
    "throw",
    "try",
    "catch",
    "finally",
    "await",
    "new",
    "delete",
    "typeof",
    "instanceof",
    "super",
    "extends",
    "this",
    "class",
    "import",
    "export",
    "debugger",
];
const CONSTANTS: &[&str] = &[
    "true",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "null",
    "NaN",
    "Infinity",
    "undefined",
];
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
];
const ID: &str = "[$a-zA-Z_][a-zA-Z0-9_]*";

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if KEYWORDS.contains(&w) {
        Keyword
    } else if CONSTANTS.contains(&w) {
        NameConstant
    } else if BUILTINS.contains(&w) {
        NameBuiltin
    } else {
        NameOther
    };
    l.token(tok, w);
    l.go(Push("slash_starts_regex"));
}

/// The language.
pub(crate) static COFFEESCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments",
            vec![
                rf(r"###[^#].*?###", "m", Token(CommentMultiline)),
                r(r"#.*$", Token(CommentSingle)),
            ],
        ),
        ("whitespace", vec![rf(r"\s+", "m", Token(Text))]),
        (
            "regex_comment",
            vec![
                r(r"^#(?!\{).*$", Token(CommentSingle)),
                r(r"(\s+)(#(?!\{).*)$", Groups(&[Text, CommentSingle])),
            ],
        ),
        (
            "multiline_regex_begin",
            vec![r("///", TokenThen(StrRegex, Goto("multiline_regex")))],
        ),
        (
            "multiline_regex_end",
            vec![r(r"///([gimy]+\b|\B)", TokenThen(StrRegex, Pop(1)))],
        ),
        (
            "multiline_regex",
            vec![
                mixin("multiline_regex_end"),
                mixin("regex_comment"),
                mixin("has_interpolation"),
                mixin("comments"),
                mixin("whitespace"),
                mixin("code_escape"),
                r(r"\\\D", Token(StrEscape)),
                r(r"\\\d+", Token(NameVariable)),
                rf(r".", "m", Token(StrRegex)),
            ],
        ),
        (
            "slash_starts_regex",
            vec![
                mixin("comments"),
                mixin("whitespace"),
                mixin("multiline_regex_begin"),
                rf(
                    r"
          /(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/ # a regex
          ([gimy]+\b|\B)
        ",
                    "x",
                    TokenThen(StrRegex, Pop(1)),
                ),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "root",
            vec![
                r(
                    r"^(?=\s|/|<!--)",
                    Custom(|l, _| l.go(Push("slash_starts_regex"))),
                ),
                mixin("comments"),
                mixin("whitespace"),
                rf(
                    r"
          [+][+]|--|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\bin\b|\bof\b|
          [?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*`%&|^/])=?
        ",
                    "x",
                    TokenThen(Operator, Push("slash_starts_regex")),
                ),
                r("[-=]>", Token(NameFunction)),
                r(
                    &format!(r"(@)([ \t]*)({ID})"),
                    GroupsThen(
                        &[NameVariableInstance, Text, NameAttribute],
                        Push("slash_starts_regex"),
                    ),
                ),
                r(
                    &format!(r"([.])([ \t]*)({ID})"),
                    GroupsThen(
                        &[Punctuation, Text, NameAttribute],
                        Push("slash_starts_regex"),
                    ),
                ),
                r(
                    &format!(r"{ID}(?=\s*:)"),
                    TokenThen(NameAttribute, Push("slash_starts_regex")),
                ),
                r(ID, Custom(word)),
                r(
                    r"[{(\[;,]",
                    TokenThen(Punctuation, Push("slash_starts_regex")),
                ),
                r(r"[})\].]", Token(Punctuation)),
                r(r"\d+[.]\d+([eE]\d+)?[fd]?", Token(NumFloat)),
                r("0x[0-9a-fA-F]+", Token(NumHex)),
                r(r"\d+", Token(NumInteger)),
                r("\"\"\"", TokenThen(Str, Push("tdqs"))),
                r("'''", TokenThen(Str, Push("tsqs"))),
                r("\"", TokenThen(Str, Push("dqs"))),
                r("'", TokenThen(Str, Push("sqs"))),
            ],
        ),
        (
            "code_escape",
            vec![rf(
                r"\\(
          c[A-Z]|
          x[0-9a-fA-F]{2}|
          u[0-9a-fA-F]{4}|
          u\{[0-9a-fA-F]{4}\}
        )",
                "x",
                Token(StrEscape),
            )],
        ),
        (
            "strings",
            vec![
                rf(r#"[^#\\'"]+"#, "m", Token(Str)),
                mixin("code_escape"),
                r(r"\\.", Token(StrEscape)),
                r("#", Token(Str)),
            ],
        ),
        (
            "double_strings",
            vec![
                r("'", Token(Str)),
                mixin("has_interpolation"),
                mixin("strings"),
            ],
        ),
        (
            "single_strings",
            vec![r("\"", Token(Str)), mixin("strings")],
        ),
        (
            "interpolation",
            vec![r("}", TokenThen(StrInterpol, Pop(1))), mixin("root")],
        ),
        (
            "has_interpolation",
            vec![r("[#][{]", TokenThen(StrInterpol, Push("interpolation")))],
        ),
        (
            "dqs",
            vec![r("\"", TokenThen(Str, Pop(1))), mixin("double_strings")],
        ),
        (
            "tdqs",
            vec![
                r("\"\"\"", TokenThen(Str, Pop(1))),
                r("\"", Token(Str)),
                mixin("double_strings"),
            ],
        ),
        (
            "sqs",
            vec![r("'", TokenThen(Str, Pop(1))), mixin("single_strings")],
        ),
        (
            "tsqs",
            vec![
                r("'''", TokenThen(Str, Pop(1))),
                r("'", Token(Str)),
                mixin("single_strings"),
            ],
        ),
    ])
});
