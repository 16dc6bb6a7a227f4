//! Rouge's `puppet` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const CONSTANTS: &[&str] = &["false", "true", "undef"];
const KEYWORDS: &[&str] = &[
    "and", "case", "class", "default", "define", "else", "elsif", "if", "in", "import", "inherits",
    "node", "unless",
];
const METAPARAMETERS: &[&str] = &["before", "require", "notify", "subscribe"];

/// The language.
pub(crate) static PUPPET: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*?\n"#, Token(Comment)),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule(
                    r#"[$](?-si:(::)?((?-si:[a-z][a-zA-Z0-9_]*)::)*[a-zA-Z0-9_]+)"#,
                    Token(NameVariable),
                ),
                rule(
                    r#"(?s)((?-si:[a-z][a-zA-Z0-9_]*))(?=[ \t\n\r\x0B\x0C]*[=+]>)"#,
                    Custom(|l, m| {
                        if METAPARAMETERS.contains(&m.get(0)) {
                            l.token(KeywordPseudo, m.get(0));
                        } else {
                            l.token(NameProperty, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"(?s)((?-si:(::)?((?-si:[a-z][a-zA-Z0-9_]*)::)*[a-zA-Z0-9_]+))(?=[ \t\n\r\x0B\x0C]*[(])"#,
                    Token(NameFunction),
                ),
                rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(NameClass)),
                rule(r#"[+=|~-]>|<[|~-]"#, Token(Punctuation)),
                rule(r#"[|:}();\[\]]"#, Token(Punctuation)),
                rule(r#"\{"#, TokenThen(Punctuation, Push("regex_allowed"))),
                rule(r#","#, TokenThen(Punctuation, Push("regex_allowed"))),
                rule(r#"(in|and|or)\b"#, Token(OperatorWord)),
                rule(r#"[=!<>]="#, Token(Operator)),
                rule(r#"[=!]~"#, TokenThen(Operator, Push("regex_allowed"))),
                rule(r#"[.=<>!+*/-]"#, Token(Operator)),
                rule(
                    r#"(class|include)([ \t\n\r\x0B\x0C]*)((?-si:(::)?((?-si:[a-z][a-zA-Z0-9_]*)::)*[a-zA-Z0-9_]+))"#,
                    Groups(&[Keyword, Text, NameClass]),
                ),
                rule(r#"node\b"#, TokenThen(Keyword, Push("regex_allowed"))),
                rule(r#"(?s)'(\\[\\']|[^'])*'"#, Token(StrSingle)),
                rule(r#"""#, TokenThen(StrDouble, Push("dquotes"))),
                rule(r#"[0-9]+([.][0-9]+)?(e[+-][0-9]+)?"#, Token(Num)),
                rule(
                    r#"(::)?((?-si:[a-z][a-zA-Z0-9_]*)::)*[a-zA-Z0-9_]+"#,
                    Custom(|l, m| {
                        if KEYWORDS.contains(&m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if CONSTANTS.contains(&m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
            ],
        ),
        (
            "regex_allowed",
            vec![
                mixin("whitespace"),
                rule(r#"/"#, TokenThen(StrRegex, Push("regex"))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "regex",
            vec![
                rule(r#"/"#, TokenThen(StrRegex, Pop(1))),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"[(){}]"#, Token(StrInterpol)),
                rule(r#"\["#, TokenThen(StrInterpol, Push("regex_class"))),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
        (
            "regex_class",
            vec![
                rule(r#"\]"#, TokenThen(StrInterpol, Pop(1))),
                rule(r#"(?<!\[)-(?=\])"#, Token(StrRegex)),
                rule(r#"-"#, Token(StrInterpol)),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"[^\\\]-]+"#, Token(StrRegex)),
            ],
        ),
        (
            "dquotes",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"(?s)[^$\\"]+"#, Token(StrDouble)),
                rule(r#"(?s)\\."#, Token(StrEscape)),
                rule(
                    r#"[$](?-si:(::)?((?-si:[a-z][a-zA-Z0-9_]*)::)*[a-zA-Z0-9_]+)"#,
                    Token(NameVariable),
                ),
                rule(
                    r#"[$][{](?-si:(::)?((?-si:[a-z][a-zA-Z0-9_]*)::)*[a-zA-Z0-9_]+)[}]"#,
                    Token(NameVariable),
                ),
            ],
        ),
    ])
});
