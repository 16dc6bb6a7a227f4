//! Rouge's `robot_framework` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin, rule};
use super::token::Tok::*;

const SETTINGS_WITH_ARGS: &[&str] = &[
    "arguments",
    "default tags",
    "documentation",
    "force tags",
    "metadata",
    "return",
    "tags",
    "task timeout",
    "test timeout",
    "timeout",
];
const SETTINGS_WITH_KEYWORDS: &[&str] = &[
    "library",
    "resource",
    "setup",
    "suite setup",
    "suite teardown",
    "task setup",
    "task teardown",
    "task template",
    "teardown",
    "template",
    "test setup",
    "test teardown",
    "test template",
    "variables",
];

// Rouge's `@col` and `@is_template` are `counts[0]` and `counts[1]`; `@next`
// (a state name, or none) is `memo`.

fn col(l: &Lexer<'_>) -> i64 {
    l.counts.first().copied().unwrap_or(0)
}

fn set_col(l: &mut Lexer<'_>, c: i64) {
    if l.counts.len() < 2 {
        l.counts.resize(2, 0);
    }
    l.counts[0] = c;
}

fn add_col(l: &mut Lexer<'_>) {
    let c = col(l) + 1;
    set_col(l, c);
}

fn set_template(l: &mut Lexer<'_>, on: bool) {
    if l.counts.len() < 2 {
        l.counts.resize(2, 0);
    }
    l.counts[1] = i64::from(on);
}

/// The state after a setting named `name` (lower case), if it takes keywords or arguments.
fn next_for(name: &str) -> Option<&'static str> {
    if SETTINGS_WITH_KEYWORDS.binary_search(&name).is_ok() {
        Some("keyword")
    } else if SETTINGS_WITH_ARGS.binary_search(&name).is_ok() {
        Some("args")
    } else {
        None
    }
}

/// A cell separator: the next cell is a keyword or its arguments.
fn sep(l: &mut Lexer<'_>, text: &str) {
    l.token(Whitespace, text);
    add_col(l);
    match l.memo.as_str() {
        "keyword" => l.go(Push("keyword")),
        "args" => l.go(Push("args")),
        _ => {
            if l.counts.get(1).copied().unwrap_or(0) != 0 {
                l.go(Push("args"));
            } else if col(l) == 1 {
                l.memo = "keyword".to_owned();
                l.go(Push("keyword"));
            } else {
                l.go(Push("args"));
            }
        }
    }
    l.go(Push("cell_start"));
}

/// A section heading: its section's state.
fn heading(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(GenericHeading, m.get(0));
    let name = m.get(1);
    let name = name.strip_suffix('s').unwrap_or(name).to_lowercase();
    let state = match name.as_str() {
        "setting" => "section_settings",
        "test case" => "section_tests",
        "task" => "section_tasks",
        "keyword" => "section_keywords",
        "variable" => "section_variables",
        _ => return,
    };
    l.go(Push(state));
}

/// The language.
pub(crate) static ROBOT_FRAMEWORK: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "prior_text",
                vec![
                    rule(r#"^[^*].*"#, Token(Text)),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "whitespace",
                vec![rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace))],
            ),
            (
                "section_include",
                vec![mixin("end_section"), mixin("sep"), mixin("newline")],
            ),
            (
                "end_section",
                vec![rule(
                    r#"(?=^(?:\| )?\*)"#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                )],
            ),
            (
                "return",
                vec![rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                )],
            ),
            (
                "sep",
                vec![
                    rule(r#"\| "#, Token(Whitespace)),
                    rule(
                        r#" +\| +|[ ]{2,}|\t+"#,
                        Custom(|l, m| {
                            sep(l, m.get(0));
                        }),
                    ),
                    rule(
                        r#"\.\.\. *"#,
                        Custom(|l, m| {
                            l.token(Whitespace, m.get(0));
                            add_col(l);
                            l.go(Push("args"));
                        }),
                    ),
                    rule(r#" ?\|"#, Token(Whitespace)),
                ],
            ),
            (
                "newline",
                vec![rule(
                    r#"\n"#,
                    Custom(|l, m| {
                        l.token(Whitespace, m.get(0));
                        set_col(l, 0);
                        l.memo.clear();
                        l.go(Push("cell_start"));
                    }),
                )],
            ),
            (
                "root",
                vec![
                    mixin("whitespace"),
                    rule(
                        r#"(?i)^(?:\| )?\*[* ]*([A-Z]+(?: [A-Z]+)?).*"#,
                        Custom(|l, m| {
                            heading(l, m);
                        }),
                    ),
                ],
            ),
            (
                "section_settings",
                vec![
                    mixin("section_include"),
                    rule(
                        r#"(?i)([A-Z]+(?: [A-Z]+)?)(:?)"#,
                        Custom(|l, m| {
                            let w = m.get(1).to_lowercase();
                            l.memo = next_for(&w).unwrap_or("").to_owned();
                            l.groups(&[NameBuiltinPseudo, Punctuation], m);
                        }),
                    ),
                ],
            ),
            (
                "section_tests",
                vec![
                    mixin("section_include"),
                    rule(r#"[$@&%{}]+"#, Token(NameLabel)),
                    rule(r#"( )(?![ |])"#, Token(NameLabel)),
                    rule(
                        r#"(?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*"#,
                        Custom(|l, m| {
                            set_template(l, false);
                            l.token(NameLabel, m.get(0));
                        }),
                    ),
                ],
            ),
            ("section_tasks", vec![mixin("section_tests")]),
            (
                "section_keywords",
                vec![
                    mixin("section_include"),
                    rule(r#"[$@&%]\{"#, TokenThen(NameVariable, Push("var"))),
                    rule(r#"[$@&%{}]+"#, Token(NameLabel)),
                    rule(r#"( )(?![ |])"#, Token(NameLabel)),
                    rule(
                        r#"(?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*"#,
                        Token(NameLabel),
                    ),
                ],
            ),
            (
                "section_variables",
                vec![
                    mixin("section_include"),
                    rule(
                        r#"[$@&%]\{"#,
                        Custom(|l, m| {
                            l.token(NameVariable, m.get(0));
                            l.memo = "args".to_owned();
                            l.go(Push("var"));
                        }),
                    ),
                ],
            ),
            (
                "cell_start",
                vec![rule(r#"#.*"#, Token(Comment)), mixin("return")],
            ),
            (
                "keyword",
                vec![
                    rule(
                        r#"(?i)(\[)([A-Z]+(?: [A-Z]+)?)(\])"#,
                        Custom(|l, m| {
                            l.groups(&[Punctuation, NameBuiltinPseudo, Punctuation], m);
                            let w = m.get(2).to_lowercase();
                            if w == "template" {
                                set_template(l, true);
                            }
                            if let Some(n) = next_for(&w) {
                                l.memo = n.to_owned();
                            }
                            l.go(Pop(1));
                        }),
                    ),
                    rule(
                        r#"[$@&%]\{"#,
                        Custom(|l, m| {
                            l.token(NameVariable, m.get(0));
                            if !l.memo.is_empty() {
                                l.memo = "keyword".to_owned();
                            }
                            l.go(Push("var"));
                        }),
                    ),
                    rule(
                        r#"(?i)FOR"#,
                        Custom(|l, m| {
                            l.token(NameFunction, m.get(0));
                            if !l.memo.is_empty() {
                                l.memo = "keyword".to_owned();
                            }
                        }),
                    ),
                    rule(r#"( )(?![ |])"#, Token(NameFunction)),
                    rule(r#"(?i)(?:Given|When|Then|And|But) "#, Token(NameBuiltin)),
                    rule(
                        r#"(?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*"#,
                        Custom(|l, m| {
                            l.token(NameFunction, m.get(0));
                            l.memo.clear();
                        }),
                    ),
                    mixin("return"),
                ],
            ),
            (
                "args",
                vec![
                    rule(
                        r#"[$@&%]\{"#,
                        Custom(|l, m| {
                            l.token(NameVariable, m.get(0));
                            if !l.memo.is_empty() {
                                l.memo = "keyword".to_owned();
                            }
                            l.go(Push("var"));
                        }),
                    ),
                    rule(r#"[$@&%]+"#, Token(Str)),
                    rule(r#"( )(?![ |])"#, Token(Str)),
                    rule(
                        r#"(?:\\|[^|$@&% \t\n])+(?: (?:\\.|[^|$@&% \t\n])+)*"#,
                        Token(Str),
                    ),
                    mixin("return"),
                ],
            ),
            (
                "var",
                vec![
                    rule(
                        r#"(\})( )(=)"#,
                        GroupsThen(&[NameVariable, Whitespace, Punctuation], Pop(1)),
                    ),
                    rule(r#"[$@&%]\{"#, TokenThen(NameVariable, Push("var"))),
                    rule(r#"[{\[]"#, TokenThen(NameVariable, Push("var"))),
                    rule(r#"[}\]]"#, TokenThen(NameVariable, Pop(1))),
                    rule(r#"[^$@&%{}\[\]]+"#, Token(NameVariable)),
                    rule(r#"\}\["#, Token(NameVariable)),
                ],
            ),
        ],
        vec!["root", "prior_text"],
    )
});
