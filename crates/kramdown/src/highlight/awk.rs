//! Rouge's `awk` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::r;
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "if", "else", "while", "for", "do", "break", "continue", "return", "next", "nextfile",
    "delete", "exit", "print", "printf", "getline",
];
const CONSTANTS: &[&str] = &[
    "CONVFMT", "FS", "NF", "NR", "FNR", "FILENAME", "RS", "OFS", "ORS", "OFMT", "SUBSEP", "ARGC",
    "ARGV", "ENVIRON",
];
const BUILTINS: &[&str] = &[
    "exp", "log", "sqrt", "sin", "cos", "atan2", "length", "rand", "srand", "int", "substr",
    "index", "match", "split", "sub", "gsub", "sprintf", "system", "tolower", "toupper",
];

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    if KEYWORDS.contains(&w) {
        l.token(Keyword, w);
        l.go(Push("expr_start"));
    } else if w == "function" {
        l.token(KeywordDeclaration, w);
        l.go(Push("expr_start"));
    } else if w == "BEGIN" || w == "END" {
        l.token(KeywordReserved, w);
    } else if CONSTANTS.contains(&w) {
        l.token(KeywordConstant, w);
    } else if BUILTINS.contains(&w) {
        l.token(NameBuiltin, w);
    } else if w.starts_with('$') {
        l.token(NameVariable, w);
    } else {
        l.token(NameOther, w);
    }
}

/// The language.
pub(crate) static AWK: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![r(r"\s+", Token(Text)), r("#.*?$", Token(CommentSingle))],
        ),
        (
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                r("/", TokenThen(StrRegex, Goto("regex"))),
                r("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "regex",
            vec![
                r("/", TokenThen(StrRegex, Goto("regex_end"))),
                r(r"[^/]\n", TokenThen(Error, Pop(1))),
                r(r"\n", TokenThen(Error, Pop(1))),
                r(r"\[\^", TokenThen(StrEscape, Push("regex_group"))),
                r(r"\[", TokenThen(StrEscape, Push("regex_group"))),
                r(r"\\.", Token(StrEscape)),
                r("[(][?][:=<!]", Token(StrEscape)),
                r(r"[{][\d,]+[}]", Token(StrEscape)),
                r("[()?]", Token(StrEscape)),
                r(".", Token(StrRegex)),
            ],
        ),
        ("regex_end", vec![r("", Custom(|l, _| l.go(Pop(1))))]),
        (
            "regex_group",
            vec![
                r("/", Token(StrEscape)),
                r(r"[^/]\n", TokenThen(Error, Pop(2))),
                r(r"\]", TokenThen(StrEscape, Pop(1))),
                r(r"\\.", Token(StrEscape)),
                r(".", Token(StrRegex)),
            ],
        ),
        ("bad_regex", vec![r(r"[^\n]+", TokenThen(Error, Pop(1)))]),
        (
            "root",
            vec![
                mixin("comments_and_whitespace"),
                r(r"(?<=\n)(?=\s|/)", TokenThen(Text, Push("expr_start"))),
                r(
                    r"[-<>+*/%\^!=]=?|in\b|\+\+|--|\|",
                    TokenThen(Operator, Push("expr_start")),
                ),
                r(r"&&|\|\||~!?", TokenThen(Operator, Push("expr_start"))),
                r(r"[(\[,]", TokenThen(Punctuation, Push("expr_start"))),
                r(";", TokenThen(Punctuation, Push("statement"))),
                r(r"[)\].]", Token(Punctuation)),
                r(
                    "[?]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("ternary"));
                        l.go(Push("expr_start"));
                    }),
                ),
                r("[{}]", TokenThen(Punctuation, Push("statement"))),
                r("[$a-zA-Z_][a-zA-Z0-9_]*", Custom(word)),
                r(r"[0-9]+\.[0-9]+", Token(NumFloat)),
                r("[0-9]+", Token(NumInteger)),
                r(r#""(\\[\\"]|[^"])*""#, Token(StrDouble)),
                r(":", Token(Punctuation)),
            ],
        ),
        (
            "statement",
            vec![r("[{}]", Token(Punctuation)), mixin("expr_start")],
        ),
        (
            "ternary",
            vec![
                r(":", TokenThen(Punctuation, Goto("expr_start"))),
                mixin("root"),
            ],
        ),
    ])
});
