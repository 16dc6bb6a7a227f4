//! Rouge's `cython` lexer (cython, pyx, pyrex): Python with C declarations.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::python;
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// Cython's keywords beyond Python's.
const MORE_KEYWORDS: &[&str] = &["by", "except?", "fused", "gil", "nogil"];
const C_KEYWORDS: &[&str] = &[
    "public", "readonly", "extern", "api", "inline", "enum", "union",
];
const IDENTIFIER: &str = r"(?i:[a-z_]\w*)";
const DOTTED_IDENTIFIER: &str = r"(?i:[a-z_.][\w.]*)";

fn is_keyword(w: &str) -> bool {
    python::KEYWORDS.contains(&w) || MORE_KEYWORDS.contains(&w)
}

/// Python's identifier rule, knowing Cython's keywords.
fn identifier(l: &mut Lexer<'_>, m: &Match<'_>) {
    if MORE_KEYWORDS.contains(&m.get(0)) {
        l.token(Keyword, m.get(0));
    } else {
        python::identifier(l, m);
    }
}

fn func_call(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if is_keyword(w) {
        Keyword
    } else if python::EXCEPTIONS.contains(&w) || python::BUILTINS.contains(&w) {
        NameBuiltin
    } else if python::BUILTINS_PSEUDO.contains(&w) {
        NameBuiltinPseudo
    } else {
        NameFunction
    };
    l.token(tok, w);
}

fn c_type(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    if is_keyword(w) {
        l.token(Keyword, w);
        l.go(Pop(1));
    } else if w == "def" {
        l.token(Keyword, w);
        l.go(Goto("funcname"));
    } else if w == "struct" || w == "class" {
        l.token(KeywordReserved, w);
        l.go(Goto("classname"));
    } else if C_KEYWORDS.contains(&w) {
        l.token(KeywordReserved, w);
    } else {
        l.token(KeywordType, w);
        l.go(Pop(1));
    }
}

/// `@indentation` is kept in `memo`: empty for none, else `=` and the indentation.
fn c_indent(l: &mut Lexer<'_>, m: &Match<'_>) {
    let indent = m.get(0);
    l.token(Text, indent);
    l.go(Goto("c_start"));
    match l.memo.strip_prefix('=') {
        None => l.memo = format!("={indent}"),
        Some(known) if known.len() > indent.len() => {
            l.memo.clear();
            l.go(Pop(2));
        }
        Some(_) => {}
    }
}

/// The language.
pub(crate) static CYTHON: LazyLock<Language> = LazyLock::new(|| {
    let mut states = python::states(identifier);
    for (name, rules) in &mut states {
        match *name {
            "root" => {
                rules.splice(
                    0..0,
                    [
                        r(
                            "cp?def|ctypedef",
                            Custom(|l, m| {
                                l.token(Keyword, m.get(0));
                                l.go(Push("c_definitions"));
                                l.go(Push("c_start"));
                            }),
                        ),
                        r(
                            &format!(
                                r"(from)((?:\\\s|\s)+)({DOTTED_IDENTIFIER})((?:\\\s|\s)+)(cimport)"
                            ),
                            Groups(&[
                                KeywordNamespace,
                                Text,
                                NameNamespace,
                                Text,
                                KeywordNamespace,
                            ]),
                        ),
                        r(
                            &format!(r"(cimport)(\s+)({DOTTED_IDENTIFIER})"),
                            Groups(&[KeywordNamespace, Text, NameNamespace]),
                        ),
                        r(
                            r"(struct)((?:\\\s|\s)+)",
                            GroupsThen(&[Keyword, Text], Push("classname")),
                        ),
                        mixin("func_call_fix"),
                        r("[(,]", TokenThen(Punctuation, Push("c_start"))),
                    ],
                );
            }
            "classname" | "funcname" => rules.insert(0, r(r"(?:\\\s|\s)+", Token(Text))),
            _ => {}
        }
    }
    states.extend([
        (
            "func_call_fix",
            vec![r(&format!(r"{IDENTIFIER}(?=\()"), Custom(func_call))],
        ),
        (
            "c_start",
            vec![
                r(r"[^\S\n]+", Token(Text)),
                r("cp?def|ctypedef", Token(Keyword)),
                r("(?:un)?signed", Token(KeywordType)),
                r(
                    &format!(r"{IDENTIFIER}(?=(?:\*+)|(?:[ \t]*\[)|(?:[ \t]+\w))"),
                    Custom(c_type),
                ),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "c_definitions",
            vec![r(r"\n", TokenThen(Text, Push("c_indent"))), mixin("root")],
        ),
        (
            "c_indent",
            vec![
                r(r"[ \t]+", Custom(c_indent)),
                rf(
                    "",
                    "",
                    Custom(|l, _| {
                        l.memo.clear();
                        l.go(Pop(usize::MAX));
                        l.go(Goto("root"));
                    }),
                ),
            ],
        ),
    ]);
    Language::new(states)
});
