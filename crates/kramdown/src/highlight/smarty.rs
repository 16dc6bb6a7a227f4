//! Rouge's `smarty` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::html::HTML;
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "append",
    "assign",
    "block",
    "break",
    "call",
    "capitalize",
    "capture",
    "cat",
    "config_load",
    "continue",
    "count_characters",
    "count_paragraphs",
    "count_sentences",
    "count_words",
    "counter",
    "cycle",
    "date_format",
    "debug",
    "default",
    "else",
    "elseif",
    "escape",
    "eval",
    "extends",
    "fetch",
    "for",
    "foreach",
    "foreachelse",
    "from_charset",
    "function",
    "html_checkboxes",
    "html_image",
    "html_options",
    "html_radios",
    "html_select_date",
    "html_select_time",
    "html_table",
    "if",
    "include",
    "include_php",
    "indent",
    "insert",
    "ldelim",
    "literal",
    "lower",
    "mailto",
    "math",
    "nl2br",
    "nocache",
    "php",
    "rdelim",
    "regex_replace",
    "replace",
    "section",
    "sectionelse",
    "setfilter",
    "spacify",
    "string_format",
    "strip",
    "strip_tags",
    "textformat",
    "to_charset",
    "truncate",
    "unescape",
    "upper",
    "while",
    "wordwrap",
];

/// The language.
pub(crate) static SMARTY: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"\{[ \t\n\r\x0B\x0C]+"#,
                    Custom(|l, m| {
                        l.delegate_parent(&HTML, m.get(0));
                    }),
                ),
                rule(r#"(?s)\{\*.*?\*\}"#, Token(Comment)),
                rule(
                    r#"\{/?(?![ \t\n\r\x0B\x0C*])"#,
                    TokenThen(Keyword, Push("smarty")),
                ),
                rule(
                    r#"(?s).+?(?=\{[/a-zA-Z0-9$#*"'])"#,
                    Custom(|l, m| {
                        l.delegate_parent(&HTML, m.get(0));
                    }),
                ),
                rule(
                    r#"(?s).+"#,
                    Custom(|l, m| {
                        l.delegate_parent(&HTML, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"\{\*"#, TokenThen(Comment, PushSelf)),
                rule(r#"\*\}"#, TokenThen(Comment, Pop(1))),
                rule(r#"(?s)[^{}]+"#, Token(Comment)),
            ],
        ),
        (
            "smarty",
            vec![
                rule(
                    r#"\{/?(?![ \t\n\r\x0B\x0C*])"#,
                    TokenThen(Keyword, Push("smarty")),
                ),
                rule(r#"\}"#, TokenThen(Keyword, Pop(1))),
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[~!%^&*()+=|\[\]:;,.<>/@?-]"#, Token(Operator)),
                rule(r#"#[a-zA-Z_][a-zA-Z0-9_]*#"#, Token(NameVariable)),
                rule(
                    r#"\$[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)*"#,
                    Token(NameVariable),
                ),
                rule(r#"(true|false|null)\b"#, Token(KeywordConstant)),
                rule(
                    r#"[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?"#,
                    Token(Num),
                ),
                rule(r#""(\\.|.)*?""#, Token(StrDouble)),
                rule(r#"'(\\.|.)*?'"#, Token(StrSingle)),
                rule(
                    r#"([a-zA-Z_][a-zA-Z0-9_]*)"#,
                    Custom(|l, m| {
                        if BUILTINS.binary_search(&m.get(0)).is_ok() {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameAttribute, m.get(0));
                        }
                    }),
                ),
            ],
        ),
    ])
});
