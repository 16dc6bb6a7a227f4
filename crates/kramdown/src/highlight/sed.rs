//! Rouge's `sed` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static SED: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"#.*?\n"#,
                    Custom(|l, m| {
                        l.token(Comment, m.get(0));
                        l.go(Pop(usize::MAX));
                        l.go(Goto("root"));
                    }),
                ),
                rule(
                    r#"\n"#,
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        l.go(Pop(usize::MAX));
                        l.go(Goto("root"));
                    }),
                ),
                rule(
                    r#";"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(usize::MAX));
                        l.go(Goto("root"));
                    }),
                ),
            ],
        ),
        ("root", vec![mixin("addr_range")]),
        (
            "command",
            vec![
                mixin("whitespace"),
                rule(
                    r#"(?s)(s)(.)((?s-i:\\.|.)*?)(\2)((?s-i:\\.|.)*?)(\2)"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(1));
                        l.token(Punctuation, m.get(2));
                        l.delegate(&SED_REGEX, m.get(3));
                        l.token(Punctuation, m.get(4));
                        l.delegate(&SED_REPLACEMENT, m.get(5));
                        l.token(Punctuation, m.get(6));
                        l.go(Goto("flags"));
                    }),
                ),
                rule(
                    r#"(?s)(y)(.)((?s-i:\\.|.)*?)(\2)((?s-i:\\.|.)*?)(\2)"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(1));
                        l.token(Punctuation, m.get(2));
                        l.delegate(&SED_REPLACEMENT, m.get(3));
                        l.token(Punctuation, m.get(4));
                        l.delegate(&SED_REPLACEMENT, m.get(5));
                        l.token(Punctuation, m.get(6));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"([aic])([ \t\n\r\x0B\x0C]*)"#,
                    Custom(|l, m| {
                        l.groups(&[Keyword, Text], m);
                        l.go(Goto("text"));
                    }),
                ),
                rule(r#"[pd]"#, Token(Keyword)),
                rule(
                    r#"(?i)([qQl])([ \t\n\r\x0B\x0C]+)([0-9]+)"#,
                    GroupsThen(&[Keyword, Text, Num], Pop(1)),
                ),
                rule(r#"[={}dDgGhHlnpPqx]"#, TokenThen(Keyword, Pop(1))),
                rule(
                    r#"([rRwW])([ \t\n\r\x0B\x0C]+)([^ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text, Name], Pop(1)),
                ),
                rule(
                    r#"([:btT])([ \t\n\r\x0B\x0C]+)([^ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text, NameLabel], Pop(1)),
                ),
            ],
        ),
        (
            "addr_range",
            vec![
                mixin("whitespace"),
                rule(r#"[0-9]+"#, Token(KeywordNamespace)),
                rule(r#"[$,~+!]"#, Token(KeywordNamespace)),
                rule(
                    r#"(/)((?:\\.|.)*?)(/)"#,
                    Custom(|l, m| {
                        l.token(KeywordNamespace, m.get(1));
                        l.delegate(&SED_REGEX, m.get(2));
                        l.token(KeywordNamespace, m.get(3));
                    }),
                ),
                rule(
                    r#"(\\)(.)((?:\\.|.)*?)(\2)"#,
                    Custom(|l, m| {
                        l.token(KeywordNamespace, m.get(1));
                        l.token(KeywordNamespace, m.get(2));
                        l.delegate(&SED_REGEX, m.get(3));
                        l.token(KeywordNamespace, m.get(4));
                    }),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Push("command"));
                    }),
                ),
            ],
        ),
        (
            "text",
            vec![
                rule(r#"[^\\\n]+"#, Token(Str)),
                rule(r#"\\\n"#, Token(StrEscape)),
                rule(r#"\\"#, Token(Str)),
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "flags",
            vec![
                rule(r#"[gp]+"#, TokenThen(Keyword, Pop(1))),
                rule(
                    r#"([wW])([ \t\n\r\x0B\x0C]+)([^ \t\n\r\x0B\x0C]+)"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.token(Text, m.get(0));
                        l.token(Name, m.get(0));
                    }),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
    ])
});

/// Rouge's `Sed::Regex`: the regular expressions of addresses and `s` commands.
static SED_REGEX: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"\["#, TokenThen(Punctuation, Push("brackets"))),
                rule(r#"[$^.*]"#, Token(Operator)),
                rule(r#"[()]"#, Token(Punctuation)),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
        (
            "brackets",
            vec![
                rule(r#"\^"#, TokenThen(Punctuation, Goto("brackets_int"))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Goto("brackets_int"));
                    }),
                ),
            ],
        ),
        (
            "brackets_int",
            vec![
                rule(r#".-."#, Token(NameVariable)),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
    ])
});

/// Rouge's `Sed::Replacement`: the replacements of `s` and `y` commands.
static SED_REPLACEMENT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(r#"(?s)\\."#, Token(StrEscape)),
            rule(r#"&"#, Token(Operator)),
            rule(r#"(?s)[^\\&]+"#, Token(Text)),
        ],
    )])
});
