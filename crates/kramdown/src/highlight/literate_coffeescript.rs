//! Rouge's `literate_coffeescript`, `coffeescript` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::markdown::MARKDOWN;
use super::token::Tok::*;

const COFFEESCRIPT_KEYWORDS: &[&str] = &[
    "await",
    "break",
    "by",
    "catch",
    "class",
    "continue",
    "debugger",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "finally",
    "for",
    "if",
    "import",
    "instanceof",
    "loop",
    "new",
    "return",
    "super",
    "switch",
    "then",
    "this",
    "throw",
    "try",
    "typeof",
    "until",
    "when",
    "while",
    "yield",
];
const COFFEESCRIPT_CONSTANTS: &[&str] = &[
    "Infinity",
    "NaN",
    "false",
    "no",
    "null",
    "off",
    "on",
    "true",
    "undefined",
    "yes",
];
const COFFEESCRIPT_BUILTINS: &[&str] = &[
    "Array",
    "Boolean",
    "Date",
    "Error",
    "Function",
    "Math",
    "Number",
    "Object",
    "Packages",
    "RegExp",
    "String",
    "decodeURI",
    "decodeURIComponent",
    "document",
    "encodeURI",
    "encodeURIComponent",
    "eval",
    "isFinite",
    "isNaN",
    "netscape",
    "parseFloat",
    "parseInt",
    "sun",
    "window",
];

/// The `literate_coffeescript` language.
pub(crate) static LITERATE_COFFEESCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(
                r#"(?s)^(    .*?\n)+"#,
                Custom(|l, m| l.delegate(&COFFEESCRIPT, m.get(0))),
            ),
            rule(
                r#"(?s)^([ ]{0,3}([^ \t\n\r\x0B\x0C].*?|)\n)*"#,
                Custom(|l, m| l.delegate(&MARKDOWN, m.get(0))),
            ),
        ],
    )])
});

/// Rouge's `coffeescript` language, which `literate_coffeescript` code is in.
pub(crate) static COFFEESCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments",
            vec![
                rule(r#"(?s)###[^#].*?###"#, Token(CommentMultiline)),
                rule(r#"#.*$"#, Token(CommentSingle)),
            ],
        ),
        (
            "whitespace",
            vec![rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text))],
        ),
        (
            "regex_comment",
            vec![
                rule(r#"^#(?!\{).*$"#, Token(CommentSingle)),
                rule(
                    r#"([ \t\n\r\x0B\x0C]+)(#(?!\{).*)$"#,
                    Groups(&[Text, CommentSingle]),
                ),
            ],
        ),
        (
            "multiline_regex_begin",
            vec![rule(r#"///"#, TokenThen(StrRegex, Goto("multiline_regex")))],
        ),
        (
            "multiline_regex_end",
            vec![rule(r#"///([gimy]+\b|\B)"#, TokenThen(StrRegex, Pop(1)))],
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
                rule(r#"\\[^0-9]"#, Token(StrEscape)),
                rule(r#"\\[0-9]+"#, Token(NameVariable)),
                rule(r#"(?s)."#, Token(StrRegex)),
            ],
        ),
        (
            "slash_starts_regex",
            vec![
                mixin("comments"),
                mixin("whitespace"),
                mixin("multiline_regex_begin"),
                rule(
                    r#"/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B)"#,
                    TokenThen(StrRegex, Pop(1)),
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
            "root",
            vec![
                rule(
                    r#"^(?=[ \t\n\r\x0B\x0C]|/|<!--)"#,
                    Custom(|l, _m| {
                        l.go(Push("slash_starts_regex"));
                    }),
                ),
                mixin("comments"),
                mixin("whitespace"),
                rule(
                    r#"[+][+]|--|~|&&|\band\b|\bor\b|\bis\b|\bisnt\b|\bnot\b|\bin\b|\bof\b|[?]|:|=|[|][|]|\\(?=\n)|(<<|>>>?|==?|!=?|[-<>+*`%\&|^/])=?"#,
                    TokenThen(Operator, Push("slash_starts_regex")),
                ),
                rule(r#"[-=]>"#, Token(NameFunction)),
                rule(
                    r#"(@)([ \t]*)((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))"#,
                    GroupsThen(
                        &[NameVariableInstance, Text, NameAttribute],
                        Push("slash_starts_regex"),
                    ),
                ),
                rule(
                    r#"([.])([ \t]*)((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))"#,
                    GroupsThen(
                        &[Punctuation, Text, NameAttribute],
                        Push("slash_starts_regex"),
                    ),
                ),
                rule(
                    r#"(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)(?=[ \t\n\r\x0B\x0C]*:)"#,
                    TokenThen(NameAttribute, Push("slash_starts_regex")),
                ),
                rule(
                    r#"(?-si:[$a-zA-Z_][a-zA-Z0-9_]*)"#,
                    Custom(|l, m| {
                        if has(COFFEESCRIPT_KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if has(COFFEESCRIPT_CONSTANTS, m.get(0)) {
                            l.token(NameConstant, m.get(0));
                        } else if has(COFFEESCRIPT_BUILTINS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameOther, m.get(0));
                        }
                        l.go(Push("slash_starts_regex"));
                    }),
                ),
                rule(
                    r#"[{(\[;,]"#,
                    TokenThen(Punctuation, Push("slash_starts_regex")),
                ),
                rule(r#"[})\].]"#, Token(Punctuation)),
                rule(r#"[0-9]+[.][0-9]+([eE][0-9]+)?[fd]?"#, Token(NumFloat)),
                rule(r#"0x[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(r#"""""#, TokenThen(Str, Push("tdqs"))),
                rule(r#"'''"#, TokenThen(Str, Push("tsqs"))),
                rule(r#"""#, TokenThen(Str, Push("dqs"))),
                rule(r#"'"#, TokenThen(Str, Push("sqs"))),
            ],
        ),
        (
            "code_escape",
            vec![rule(
                r#"\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})"#,
                Token(StrEscape),
            )],
        ),
        (
            "strings",
            vec![
                rule(r#"(?s)[^#\\'"]+"#, Token(Str)),
                mixin("code_escape"),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"#"#, Token(Str)),
            ],
        ),
        (
            "double_strings",
            vec![
                rule(r#"'"#, Token(Str)),
                mixin("has_interpolation"),
                mixin("strings"),
            ],
        ),
        (
            "single_strings",
            vec![rule(r#"""#, Token(Str)), mixin("strings")],
        ),
        (
            "interpolation",
            vec![rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))), mixin("root")],
        ),
        (
            "has_interpolation",
            vec![rule(
                r#"[#][{]"#,
                TokenThen(StrInterpol, Push("interpolation")),
            )],
        ),
        (
            "dqs",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                mixin("double_strings"),
            ],
        ),
        (
            "tdqs",
            vec![
                rule(r#"""""#, TokenThen(Str, Pop(1))),
                rule(r#"""#, Token(Str)),
                mixin("double_strings"),
            ],
        ),
        (
            "sqs",
            vec![
                rule(r#"'"#, TokenThen(Str, Pop(1))),
                mixin("single_strings"),
            ],
        ),
        (
            "tsqs",
            vec![
                rule(r#"'''"#, TokenThen(Str, Pop(1))),
                rule(r#"'"#, Token(Str)),
                mixin("single_strings"),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
