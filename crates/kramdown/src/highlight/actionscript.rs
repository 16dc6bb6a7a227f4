//! Rouge's `actionscript` lexer (actionscript, as, as3).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "for in while do break return continue switch case default
    if else throw try catch finally new delete typeof is this with";
const DECLARATIONS: &str = "var with function";
const RESERVED: &str = "dynamic final internal native public protected private class const
    override static package interface extends implements namespace
    set get import include super flash_proxy object_proxy trace";
const CONSTANTS: &str = "true false null NaN Infinity undefined";
const BUILTINS: &str = "void Function Math Class Object RegExp decodeURI
    decodeURIComponent encodeURI encodeURIComponent
    eval isFinite isNaN parseFloat parseInt this";
const ID: &str = "[$a-zA-Z_][a-zA-Z0-9_]*";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    if has(KEYWORDS, w) {
        l.token(Keyword, w);
        l.go(Push("expr_start"));
    } else if has(DECLARATIONS, w) {
        l.token(KeywordDeclaration, w);
        l.go(Push("expr_start"));
    } else if has(RESERVED, w) {
        l.token(KeywordReserved, w);
    } else if has(CONSTANTS, w) {
        l.token(KeywordConstant, w);
    } else if has(BUILTINS, w) {
        l.token(NameBuiltin, w);
    } else {
        l.token(NameOther, w);
    }
}

/// The language.
pub(crate) static ACTIONSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![
                r(r"\s+", Token(Text)),
                r("//.*?$", Token(CommentSingle)),
                rf(r"/\*.*?\*/", "m", Token(CommentMultiline)),
            ],
        ),
        (
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                r("/", TokenThen(StrRegex, Goto("regex"))),
                r("[{]", TokenThen(Punctuation, Push("object"))),
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
        (
            "regex_end",
            vec![
                r("[gim]+", TokenThen(StrRegex, Pop(1))),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
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
                rf(
                    r"\A\s*#!.*?\n",
                    "m",
                    TokenThen(CommentPreproc, Push("statement")),
                ),
                r(r"\n", TokenThen(Text, Push("statement"))),
                r(r"(?<=\n)(?=\s|/|<!--)", TokenThen(Text, Push("expr_start"))),
                mixin("comments_and_whitespace"),
                rf(
                    r"\+\+ | -- | ~ | && | \|\| | \\(?=\n) | << | >>>? | ===
               | !== ",
                    "x",
                    TokenThen(Operator, Push("expr_start")),
                ),
                r(
                    r"[:-<>+*%&|\^/!=]=?",
                    TokenThen(Operator, Push("expr_start")),
                ),
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
                r(ID, Custom(word)),
                r(r"\-?[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Token(NumFloat)),
                r("0x[0-9a-fA-F]+", Token(NumHex)),
                r(r"\-?[0-9]+", Token(NumInteger)),
                r(r#""(\\\\|\\"|[^"])*""#, Token(StrDouble)),
                r(r"'(\\\\|\\'|[^'])*'", Token(StrSingle)),
            ],
        ),
        (
            "statement",
            vec![
                r(
                    &format!(r"({ID})(\s*)(:)"),
                    Groups(&[NameLabel, Text, Punctuation]),
                ),
                r("[{}]", Token(Punctuation)),
                mixin("expr_start"),
            ],
        ),
        (
            "object",
            vec![
                mixin("comments_and_whitespace"),
                r("[}]", TokenThen(Punctuation, Goto("statement"))),
                r(
                    &format!(r"({ID})(\s*)(:)"),
                    GroupsThen(&[NameAttribute, Text, Punctuation], Push("expr_start")),
                ),
                r(":", Token(Punctuation)),
                mixin("root"),
            ],
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
